/** Accepting uploads end to end: real inbox folder, sharp, ffmpeg and both database engines. */

import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { translate } from "@pavilion/i18n";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { insertExhibition, insertExhibitor } from "../services/floor/test-fixtures.ts";
import { createTestApi, putTestUpload, SAMPLE_SCRIPT, sampleFiles, type TestApi } from "../testing/index.ts";
import { acceptUpload } from "./accept.ts";
import type { UploadPurpose } from "./formats.ts";
import { quotaOf, releaseExhibitorFile } from "./quota.ts";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the upload to be refused");
}

const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(needle);
const exec = promisify(execFile);

/** The video re-muxed or re-encoded by ffmpeg with the given output options. */
async function converted(input: Uint8Array, options: string[]): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), "pavilion-convert-"));
  try {
    await writeFile(path.join(dir, "in.mp4"), input);
    await exec("ffmpeg", ["-v", "error", "-i", path.join(dir, "in.mp4"), ...options, path.join(dir, "out")]);
    return new Uint8Array(await readFile(path.join(dir, "out")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.each(TEST_ENGINES)("accepting uploads on %s", (engine) => {
  let t: TestApi;
  let exhibitionId: string;
  let floorId: string;
  let count = 0;
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    const exhibition = await insertExhibition(t.db);
    exhibitionId = exhibition.exhibitionId;
    floorId = exhibition.food;
  });
  afterAll(() => t?.close());
  const fileOf = (id: string) => t.services.storage.path?.(id) ?? "";

  /** A fresh exhibitor and one of its people, uploading. */
  async function uploader() {
    count += 1;
    const exhibitorId = await insertExhibitor(t.db, exhibitionId, { slug: `co-${count}`, floorId });
    const userId = crypto.randomUUID();
    const put = (purpose: UploadPurpose, filename: string, bytes: Uint8Array, complete?: boolean) =>
      putTestUpload(t.services, {
        userId,
        exhibitorId,
        purpose,
        filename,
        bytes,
        ...(complete === false ? { complete } : {}),
      });
    const accept = async (purpose: UploadPurpose, filename: string, bytes: Uint8Array) =>
      acceptUpload(t.services, {
        uploadId: await put(purpose, filename, bytes),
        userId,
        exhibitorId,
        purpose,
      });
    const rows = async () => ({
      files: (await t.db.selectFrom("files").select("id").execute()).length,
      kept: await t.db
        .selectFrom("exhibitor_files")
        .select(["file_id", "purpose", "original_name", "size"])
        .where("exhibitor_id", "=", exhibitorId)
        .orderBy("file_id")
        .execute(),
      quota: await quotaOf(t.services, exhibitorId),
    });
    return { exhibitorId, userId, put, accept, rows };
  }

  run("keeps a logo as a transparent 512×512 PNG and counts it against the quota", async () => {
    const u = await uploader();
    const uploadId = await u.put("logo", "Logo Final.png", await sampleFiles.png());
    const kept = await acceptUpload(t.services, {
      uploadId,
      userId: u.userId,
      exhibitorId: u.exhibitorId,
      purpose: "logo",
    });
    expect(kept).toMatchObject({ mime: "image/png", kind: "image", originalName: "Logo Final.png" });
    expect(kept).toMatchObject({ durationMs: null, posterFileId: null });
    const bytes = await t.services.storage.read(kept.fileId);
    const meta = await sharp(bytes ?? new Uint8Array()).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(["png", 512, 512, true]);
    const { kept: rows, quota } = await u.rows();
    expect(rows).toEqual([
      { file_id: kept.fileId, purpose: "logo", original_name: "Logo Final.png", size: kept.size },
    ]);
    expect(quota).toEqual({ usedBytes: kept.size, quotaBytes: t.services.config.uploads.defaultQuotaBytes });
    expect(await t.services.uploads.get(uploadId)).toBeNull();
  });

  run(
    "re-encodes an image material to WebP without the script hidden in its EXIF, XMP and comment",
    async () => {
      const u = await uploader();
      const jpeg = await sampleFiles.jpegWithScriptInMetadata();
      expect(contains(jpeg, SAMPLE_SCRIPT)).toBe(true);
      const kept = await u.accept("material", "stand photo.jpg", jpeg);
      expect(kept).toMatchObject({ mime: "image/webp", kind: "image", originalName: "stand photo.webp" });
      const bytes = (await t.services.storage.read(kept.fileId)) ?? new Uint8Array();
      expect(contains(bytes, "<script")).toBe(false);
      expect(contains(bytes, "alert")).toBe(false);
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.exif, meta.xmp]).toEqual([
        "webp",
        80,
        60,
        undefined,
        undefined,
      ]);
    },
  );

  run("keeps a PDF and slide decks byte for byte, told by their content", async () => {
    const u = await uploader();
    const pdf = await u.accept("material", "Price list.PDF", sampleFiles.pdf());
    expect(pdf).toMatchObject({ mime: "application/pdf", kind: "pdf", originalName: "Price list.PDF" });
    expect(await t.services.storage.read(pdf.fileId)).toEqual(sampleFiles.pdf());
    const pptx = await u.accept("material", "deck", sampleFiles.pptx());
    expect(pptx).toMatchObject({ kind: "slides", originalName: "deck.pptx" });
    expect(pptx.mime).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    const odp = await u.accept("material", "deck.odp", sampleFiles.odp());
    expect(odp).toMatchObject({ kind: "slides", mime: "application/vnd.oasis.opendocument.presentation" });
  });

  run("keeps a video rewritten for streaming, with its duration and a WebP poster", async () => {
    const u = await uploader();
    const kept = await u.accept("video", "promo.mp4", await sampleFiles.mp4());
    expect(kept).toMatchObject({ mime: "video/mp4", kind: "video", originalName: "promo.mp4" });
    expect(kept.durationMs).toBeGreaterThanOrEqual(1900);
    expect(kept.durationMs).toBeLessThanOrEqual(2100);
    const video = (await t.services.storage.read(kept.fileId)) ?? new Uint8Array();
    // Fast start: the index (moov) comes before the media data (mdat).
    expect(Buffer.from(video).indexOf("moov")).toBeLessThan(Buffer.from(video).indexOf("mdat"));
    expect(contains(video, SAMPLE_SCRIPT)).toBe(false);
    const posterId = kept.posterFileId ?? "";
    const poster = await sharp((await t.services.storage.read(posterId)) ?? new Uint8Array()).metadata();
    expect([poster.format, poster.width, poster.height]).toEqual(["webp", 320, 240]);
    const file = await t.db.selectFrom("files").selectAll().where("id", "=", kept.fileId).executeTakeFirst();
    expect(file).toMatchObject({ mime: "video/mp4", duration_ms: kept.durationMs, poster_file_id: posterId });
    const { kept: rows, quota } = await u.rows();
    expect(rows.map((row) => row.purpose).sort()).toEqual(["poster", "video"]);
    expect(quota.usedBytes).toBe(kept.size + (rows.find((row) => row.purpose === "poster")?.size ?? 0));
  });

  run("rewrites a QuickTime video as MP4 without re-encoding it, and keeps a WebM as WebM", async () => {
    const u = await uploader();
    const mov = await converted(await sampleFiles.mp4(), ["-c", "copy", "-f", "mov"]);
    const fromMov = await u.accept("video", "Clip.MOV", mov);
    expect(fromMov).toMatchObject({ mime: "video/mp4", originalName: "Clip.mp4" });
    const probe = await exec("ffprobe", [
      "-v",
      "error",
      "-show_streams",
      "-of",
      "json",
      fileOf(fromMov.fileId),
    ]);
    expect(JSON.parse(probe.stdout).streams.map((s: { codec_name: string }) => s.codec_name)).toEqual([
      "h264",
      "aac",
    ]);
    const webm = await converted(await sampleFiles.mp4(), [
      "-c:v",
      "libvpx",
      ...["-deadline", "realtime", "-cpu-used", "8"],
      "-c:a",
      "libopus",
      "-f",
      "webm",
    ]);
    const kept = await u.accept("material", "talk.webm", webm);
    expect(kept).toMatchObject({ mime: "video/webm", kind: "video", originalName: "talk.webm" });
    expect(kept.posterFileId).not.toBeNull();
  });

  const attacks: [string, UploadPurpose, string, () => Uint8Array | Promise<Uint8Array>, string][] = [
    ["an empty file", "material", "empty.pdf", () => new Uint8Array(), "upload.empty"],
    ["an SVG logo", "logo", "logo.svg", sampleFiles.svg, "upload.svgRefused"],
    ["an SVG named .png", "material", "photo.png", sampleFiles.svg, "upload.svgRefused"],
    ["an HTML page named .pdf", "material", "price.pdf", sampleFiles.htmlNamedPdf, "upload.typeNotAllowed"],
    ["a program named .pdf", "material", "price.pdf", sampleFiles.exe, "upload.typeNotAllowed"],
    ["a ZIP archive", "material", "deck.pptx", sampleFiles.zip, "upload.typeNotAllowed"],
    ["a PDF as a logo", "logo", "logo.png", sampleFiles.pdf, "upload.typeNotAllowed"],
    ["an image as the video", "video", "promo.mp4", sampleFiles.png, "upload.typeNotAllowed"],
    ["an MP4 header over random bytes", "video", "promo.mp4", sampleFiles.notAVideo, "upload.notVideo"],
    [
      "random bytes named .mp4",
      "material",
      "clip.mp4",
      () => crypto.getRandomValues(new Uint8Array(4096)),
      "upload.typeNotAllowed",
    ],
    [
      "a truncated PNG",
      "logo",
      "logo.png",
      async () => (await sampleFiles.png()).subarray(0, 60),
      "upload.corrupt",
    ],
  ];
  for (const [what, purpose, name, make, code] of attacks) {
    run(`refuses ${what} with ${code}, keeping nothing and emptying the inbox`, async () => {
      const u = await uploader();
      const before = await u.rows();
      const uploadId = await u.put(purpose, name, await make());
      const error = await refusal(
        acceptUpload(t.services, { uploadId, userId: u.userId, exhibitorId: u.exhibitorId, purpose }),
      );
      expect(error.code).toBe(code);
      expect(await u.rows()).toEqual(before);
      expect(await t.services.uploads.get(uploadId)).toBeNull();
    });
  }

  run("names what a refused file is and what is accepted, in both languages", async () => {
    const u = await uploader();
    const error = await refusal(u.accept("material", "price.pdf", sampleFiles.htmlNamedPdf()));
    expect(translate("en", "errors:codes.upload.typeNotAllowed", error.params)).toBe(
      "This type of file is not accepted here (its content is HTML). " +
        "Accepted: JPEG, PNG, WebP, GIF, AVIF, PDF, PPTX, ODP, MP4, WebM, MOV.",
    );
    const zip = await refusal(u.accept("logo", "logo.png", sampleFiles.zip()));
    expect(translate("ru", "errors:codes.upload.typeNotAllowed", zip.params)).toBe(
      "Файлы такого типа здесь не принимаются (по содержимому это ZIP). Можно: JPEG, PNG, WebP, GIF, AVIF.",
    );
  });

  run("refuses a file over its kind's limit, saying both sizes readably", async () => {
    const u = await uploader();
    const limits = t.services.config.uploads.limits;
    const saved = limits.pdf;
    limits.pdf = 1000;
    try {
      const error = await refusal(u.accept("material", "price.pdf", sampleFiles.pdf()));
      expect(error.code).toBe("upload.tooLarge");
      expect(translate("en", "errors:codes.upload.tooLarge", error.params)).toBe(
        "The file is too large: 1.1 KB. The limit for this kind of file is 1,000 bytes.",
      );
      expect(translate("ru", "errors:codes.upload.tooLarge", error.params)).toBe(
        "Файл слишком большой: 1,1 КБ. Для файлов этого типа предел — 1\u00a0000 байт.",
      );
    } finally {
      limits.pdf = saved;
    }
    expect((await u.rows()).quota.usedBytes).toBe(0);
  });

  run("refuses what would exceed the exhibitor's quota, counting what would be kept", async () => {
    const u = await uploader();
    const pdf = sampleFiles.pdf();
    await t.db
      .updateTable("exhibitors")
      .set({ storage_quota_bytes: pdf.byteLength + 100 })
      .where("id", "=", u.exhibitorId)
      .execute();
    await u.accept("material", "price.pdf", pdf);
    const error = await refusal(u.accept("material", "deck.pptx", sampleFiles.pptx()));
    expect(error.code).toBe("upload.quotaExceeded");
    expect(translate("en", "errors:codes.upload.quotaExceeded", error.params)).toBe(
      `Not enough storage left: the file needs ${sampleFiles.pptx().byteLength} bytes, 100 bytes of 1.2 KB remain.`,
    );
    expect(translate("ru", "errors:codes.upload.quotaExceeded", error.params)).toContain(
      "свободно 100 байт из 1,2 КБ",
    );
    expect((await u.rows()).quota.usedBytes).toBe(pdf.byteLength);
  });

  run("refuses a material the exhibitor already has, naming it; counts a repeated logo once", async () => {
    const u = await uploader();
    const first = await u.accept("material", "price.pdf", sampleFiles.pdf());
    // Not yet a material: uploading again simply keeps it (once).
    await u.accept("material", "price again.pdf", sampleFiles.pdf());
    expect((await u.rows()).quota.usedBytes).toBe(first.size);
    await t.db
      .insertInto("materials")
      .values({
        ...{
          id: crypto.randomUUID(),
          exhibitor_id: u.exhibitorId,
          kind: "pdf",
          file_id: first.fileId,
          url: null,
        },
        ...{
          file_name: "price.pdf",
          title_ru: "Прайс",
          title_en: "Prices",
          description_ru: "",
          description_en: "",
        },
        ...{ position: 0, published: 1, created_at: t.clock.now.toISOString(), updated_at: null },
      })
      .execute();
    const error = await refusal(u.accept("material", "copy.pdf", sampleFiles.pdf()));
    expect(error.code).toBe("upload.duplicate");
    expect(error.params).toEqual({ name: "price.pdf" });
    const logo = await u.accept("logo", "a.png", await sampleFiles.png());
    const again = await u.accept("logo", "b.png", await sampleFiles.png());
    expect(again.fileId).toBe(logo.fileId);
    expect((await u.rows()).quota.usedBytes).toBe(first.size + logo.size);
  });

  run("answers upload.gone for unknown ids and uploads of another person, exhibitor or purpose", async () => {
    const u = await uploader();
    const other = await uploader();
    const uploadId = await u.put("logo", "logo.png", await sampleFiles.png());
    const attempts = [
      {
        uploadId: "no-such-upload-id",
        userId: u.userId,
        exhibitorId: u.exhibitorId,
        purpose: "logo" as const,
      },
      {
        uploadId: "../../etc/passwd",
        userId: u.userId,
        exhibitorId: u.exhibitorId,
        purpose: "logo" as const,
      },
      { uploadId, userId: other.userId, exhibitorId: u.exhibitorId, purpose: "logo" as const },
      { uploadId, userId: u.userId, exhibitorId: other.exhibitorId, purpose: "logo" as const },
      { uploadId, userId: u.userId, exhibitorId: u.exhibitorId, purpose: "material" as const },
    ];
    for (const attempt of attempts) {
      expect((await refusal(acceptUpload(t.services, attempt))).code).toBe("upload.gone");
    }
    // Their attempts did not disturb it: the owner still gets it.
    const kept = await acceptUpload(t.services, {
      uploadId,
      userId: u.userId,
      exhibitorId: u.exhibitorId,
      purpose: "logo",
    });
    expect(kept.kind).toBe("image");
  });

  run("leaves an incomplete upload in the inbox so the browser can resume", async () => {
    const u = await uploader();
    const uploadId = await u.put("material", "price.pdf", sampleFiles.pdf(), false);
    const error = await refusal(
      acceptUpload(t.services, {
        uploadId,
        userId: u.userId,
        exhibitorId: u.exhibitorId,
        purpose: "material",
      }),
    );
    expect(error.code).toBe("upload.incomplete");
    expect(await t.services.uploads.get(uploadId)).toMatchObject({
      offset: Math.floor(sampleFiles.pdf().byteLength / 2),
    });
  });

  run("forgets a file once nothing uses it, and a video's poster with it", async () => {
    const u = await uploader();
    const logo = await u.accept("logo", "logo.png", await sampleFiles.png());
    const video = await u.accept("video", "promo.mp4", await sampleFiles.mp4());
    await t.db
      .updateTable("exhibitors")
      .set({ logo_file_id: logo.fileId })
      .where("id", "=", u.exhibitorId)
      .execute();
    await releaseExhibitorFile(t.db, u.exhibitorId, logo.fileId);
    await releaseExhibitorFile(t.db, u.exhibitorId, video.posterFileId ?? "");
    expect((await u.rows()).kept).toHaveLength(3);
    await releaseExhibitorFile(t.db, u.exhibitorId, video.fileId);
    expect((await u.rows()).kept.map((row) => row.purpose)).toEqual(["logo"]);
    await t.db
      .updateTable("exhibitors")
      .set({ logo_file_id: null })
      .where("id", "=", u.exhibitorId)
      .execute();
    await releaseExhibitorFile(t.db, u.exhibitorId, logo.fileId);
    expect((await u.rows()).quota.usedBytes).toBe(0);
  });
});
