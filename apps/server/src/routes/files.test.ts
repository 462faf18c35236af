/** /files/:id over real HTTP: streamed, byte ranges for seeking, and nothing rendered that could run. */
import { storeFile } from "@pavilion/api";
import { sampleFiles } from "@pavilion/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test-server.ts";

let server: TestServer;
const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(() => server.close());

async function stored(content: Uint8Array, mime: string): Promise<string> {
  const { db, storage } = server.services;
  return (await storeFile(db, storage, content, mime, new Date())).id;
}

const get = (id: string, headers: Record<string, string> = {}) =>
  fetch(`${server.base}/files/${id}`, { headers });

describe("stored files at /files/:id", () => {
  it("sends a whole video with its length, and says ranges are accepted", async () => {
    const id = await stored(bytes, "video/mp4");
    const response = await get(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("content-length")).toBe("1000");
    expect(response.headers.get("content-type")).toBe("video/mp4");
    expect(response.headers.get("content-disposition")).toBe("inline");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it("sends a single byte range with 206, so a video can seek", async () => {
    const id = await stored(bytes, "video/mp4");
    const middle = await get(id, { range: "bytes=100-199" });
    expect(middle.status).toBe(206);
    expect(middle.headers.get("content-range")).toBe("bytes 100-199/1000");
    expect(middle.headers.get("content-length")).toBe("100");
    expect(new Uint8Array(await middle.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const tail = await get(id, { range: "bytes=-10" });
    expect([tail.status, tail.headers.get("content-range")]).toEqual([206, "bytes 990-999/1000"]);
    const open = await get(id, { range: "bytes=995-" });
    expect(new Uint8Array(await open.arrayBuffer())).toEqual(bytes.subarray(995));
  });

  it("answers HEAD with the length and no body", async () => {
    const id = await stored(bytes, "video/mp4");
    const response = await fetch(`${server.base}/files/${id}`, { method: "HEAD" });
    expect([response.status, response.headers.get("content-length")]).toEqual([200, "1000"]);
    expect(await response.text()).toBe("");
  });

  it("answers 416 for a range outside the file", async () => {
    const id = await stored(bytes, "video/mp4");
    const response = await get(id, { range: "bytes=1000-1100" });
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe("bytes */1000");
  });

  it("never serves HTML or SVG as such: they are plain downloads, sandboxed and not sniffed", async () => {
    for (const [content, mime] of [
      [sampleFiles.htmlNamedPdf(), "text/html"],
      [sampleFiles.svg(), "image/svg+xml"],
    ] as const) {
      const response = await get(await stored(content, mime));
      expect(response.headers.get("content-type")).toBe("application/octet-stream");
      expect(response.headers.get("content-disposition")).toMatch(
        /^attachment; filename="[0-9a-f]{12}\.bin"$/,
      );
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    }
  });

  it("offers a PDF as a download and shows images inline", async () => {
    const pdf = await get(await stored(sampleFiles.pdf(), "application/pdf"));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="[0-9a-f]{12}\.pdf"$/);
    const png = await get(await stored(await sampleFiles.png(), "image/png"));
    expect([png.headers.get("content-type"), png.headers.get("content-disposition")]).toEqual([
      "image/png",
      "inline",
    ]);
  });

  it("sends a glTF binary model as itself, inline for the booth's viewer, and still sandboxed", async () => {
    const response = await get(await stored(minimalGlb(), "model/gltf-binary"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("model/gltf-binary");
    expect(response.headers.get("content-disposition")).toBe("inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(new TextDecoder().decode((await response.arrayBuffer()).slice(0, 4))).toBe("glTF");
  });

  it("answers 304 to a browser that has the file already (the id is the content's hash)", async () => {
    const id = await stored(bytes, "video/mp4");
    const response = await get(id, { "if-none-match": `"${id}"` });
    expect(response.status).toBe(304);
  });
});

/** The smallest glTF binary: the 12-byte header and one JSON chunk naming the asset version. */
function minimalGlb(): Uint8Array {
  const json = Buffer.from(JSON.stringify({ asset: { version: "2.0" } }));
  const padded = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
  const header = Buffer.alloc(20);
  header.write("glTF", 0, "latin1");
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(20 + padded.length, 8);
  header.writeUInt32LE(padded.length, 12);
  header.write("JSON", 16, "latin1");
  return new Uint8Array(Buffer.concat([header, padded]));
}
