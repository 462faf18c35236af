/**
 * Uploads for tests: bytes put into the inbox the way the tus server leaves them, and
 * real sample files (made with sharp and ffmpeg, or written by hand) to upload.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import type { ApiServices } from "../context.ts";
import { buildPdf } from "../demo/pdf.ts";
import type { UploadPurpose } from "../uploads/formats.ts";
import { createTusFileStore } from "../uploads/inbox.ts";

export interface TestUpload {
  userId: string;
  exhibitorId: string;
  purpose: UploadPurpose;
  filename: string;
  bytes: Uint8Array;
  /** False leaves the upload half received, as when the browser paused. */
  complete?: boolean;
}

/** Puts bytes into the upload inbox as the tus server would (complete unless `complete: false`). */
export async function putTestUpload(services: ApiServices, upload: TestUpload): Promise<string> {
  const store = createTusFileStore(services.uploads.directory);
  const id = randomBytes(16).toString("hex");
  const { userId, exhibitorId, purpose, filename } = upload;
  await store.create({
    ...{ id, size: upload.bytes.byteLength, offset: 0, storage: undefined, sizeIsDeferred: false },
    ...{ metadata: { userId, exhibitorId, purpose, filename }, creation_date: new Date().toISOString() },
  });
  const received =
    upload.complete === false ? Math.floor(upload.bytes.byteLength / 2) : upload.bytes.byteLength;
  await store.write(Readable.from([Buffer.from(upload.bytes.subarray(0, received))]), id, 0);
  return id;
}

/** Text hidden in sample metadata; kept files must not contain it. */
export const SAMPLE_SCRIPT = "<script>alert('pavilion')</script>";

const run = promisify(execFile);
const cache = new Map<string, Promise<Uint8Array>>();

function once(name: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  let made = cache.get(name);
  if (!made) {
    made = make();
    cache.set(name, made);
  }
  return made;
}

const text = (value: string) => new TextEncoder().encode(value);

/** Real sample files for tests (generated with sharp/ffmpeg or written by hand, cached per process). */
export const sampleFiles = {
  /** A 64×48 opaque PNG. */
  png: () =>
    once(
      "png",
      async () =>
        new Uint8Array(
          await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a6ea5" } })
            .png()
            .toBuffer(),
        ),
    ),
  /** A JPEG whose EXIF, XMP and comment carry SAMPLE_SCRIPT. */
  jpegWithScriptInMetadata: () => once("jpeg", makeJpegWithScript),
  /** A valid one-page PDF. */
  pdf: () => buildPdf({ title: "Price list", lines: ["Sample material for tests."] }),
  /** An HTML page with a script, as if named price.pdf. */
  htmlNamedPdf: () => text(`<!DOCTYPE html><html><body><h1>Prices</h1>${SAMPLE_SCRIPT}</body></html>`),
  /** An SVG image with a script in it. */
  svg: () =>
    text(
      `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">` +
        `${SAMPLE_SCRIPT}<rect width="10" height="10"/></svg>`,
    ),
  /** A 2-second 320×240 H.264 + AAC MP4, made by ffmpeg. */
  mp4: () => once("mp4", makeMp4),
  /** A minimal PowerPoint (PPTX) slide deck: a ZIP with the OOXML content types of a presentation. */
  pptx: () =>
    storedZip({
      "[Content_Types].xml":
        '<?xml version="1.0"?><Types><Override PartName="/ppt/presentation.xml" ContentType=' +
        '"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
      "ppt/presentation.xml": "<p:presentation/>",
    }),
  /** A minimal OpenDocument presentation (ODP). */
  odp: () =>
    storedZip({ mimetype: "application/vnd.oasis.opendocument.presentation", "content.xml": "<office/>" }),
  /** A plain ZIP archive. */
  zip: () => storedZip({ "readme.txt": "not a presentation" }),
  /** The start of a Windows program (MZ header). */
  exe: () => new Uint8Array(Buffer.concat([Buffer.from("MZ"), randomBytes(510)])),
  /** Random bytes behind an MP4 header: looks like an MP4 by its first bytes, holds no video. */
  notAVideo: () => {
    const header = Buffer.from("000000186674797069736d0000000200069736f6d6d703432", "hex");
    return new Uint8Array(Buffer.concat([header, randomBytes(8192)]));
  },
};

async function makeJpegWithScript(): Promise<Uint8Array> {
  const xmp =
    `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">` +
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>${SAMPLE_SCRIPT.replace(/</g, "&lt;")}` +
    `</dc:description><dc:title>${SAMPLE_SCRIPT}</dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: "#c0392b" } })
    .withExif({ IFD0: { ImageDescription: SAMPLE_SCRIPT, Artist: SAMPLE_SCRIPT } })
    .withXmp(xmp)
    .jpeg()
    .toBuffer();
  // A COM segment right after the start-of-image marker; sharp writes none of its own.
  const comment = Buffer.from(SAMPLE_SCRIPT, "latin1");
  const segment = Buffer.concat([Buffer.from([0xff, 0xfe]), u16(comment.length + 2), comment]);
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]));
}

async function makeMp4(): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), "pavilion-sample-video-"));
  try {
    const file = path.join(dir, "sample.mp4");
    await run("ffmpeg", [
      ...["-v", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25:duration=2"],
      ...["-f", "lavfi", "-i", "sine=frequency=440:duration=2"],
      ...["-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast", "-c:a", "aac", "-shortest"],
      ...["-metadata", `title=${SAMPLE_SCRIPT}`, file],
    ]);
    return new Uint8Array(await readFile(file));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A ZIP archive with the entries stored uncompressed. */
function storedZip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(content, "utf8");
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt16LE(0, 2); // flags
    common.writeUInt16LE(0, 4); // stored
    common.writeUInt32LE(0x00210000, 6); // 1980-01-01 00:00
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    common.writeUInt16LE(0, 24); // no extra field
    locals.push(u32(0x04034b50), common, nameBytes, data);
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(offset, 10); // comment length, disk, attributes are 0; then the local header's offset
    centrals.push(u32(0x02014b50), u16LE(20), common, tail, nameBytes);
    offset += 4 + common.length + nameBytes.length + data.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(18);
  end.writeUInt16LE(Object.keys(entries).length, 4);
  end.writeUInt16LE(Object.keys(entries).length, 6);
  end.writeUInt32LE(central.length, 8);
  end.writeUInt32LE(offset, 12);
  return new Uint8Array(Buffer.concat([...locals, central, u32(0x06054b50), end]));
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

function u16LE(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}
