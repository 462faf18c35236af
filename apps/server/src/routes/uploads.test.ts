/** Resumable uploads over real HTTP with the tus protocol, then kept by the API. */
import { acceptUpload, createTusFileStore, UPLOAD_EXPIRY_MS } from "@pavilion/api";
import { sampleFiles } from "@pavilion/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCompany, startTestServer, type TestServer } from "../test-server.ts";

let server: TestServer;
let anna: { userId: string; cookie: string };
let boris: { userId: string; cookie: string };
let exhibitorId: string;
const leftOver = { expired: "expired0123456789", fresh: "fresh0123456789" };

beforeAll(async () => {
  server = await startTestServer({
    // Two unfinished uploads from before the start: one past the expiry period, one within it.
    async beforeStart(services) {
      const store = createTusFileStore(services.uploads.directory);
      for (const [id, age] of [
        [leftOver.expired, UPLOAD_EXPIRY_MS + 60_000],
        [leftOver.fresh, 60_000],
      ] as const) {
        const creation_date = new Date(Date.now() - age).toISOString();
        await store.create({
          id,
          size: 10,
          offset: 0,
          metadata: {},
          creation_date,
          storage: undefined,
          sizeIsDeferred: true,
        });
      }
    },
  });
  anna = await server.signUp("Anna");
  boris = await server.signUp("Boris");
  ({ exhibitorId } = await insertCompany(server.services, { staff: [anna.userId] }));
});

afterAll(() => server.close());

const TUS = { "tus-resumable": "1.0.0" };
const b64 = (value: string) => Buffer.from(value, "utf8").toString("base64");

/** POST /uploads: creates an upload, as tus-js-client does. */
function create(cookie: string | null, length: number, metadata: Record<string, string>, headers = {}) {
  return fetch(`${server.base}/uploads`, {
    method: "POST",
    headers: {
      ...TUS,
      ...(cookie ? { cookie } : {}),
      "upload-length": String(length),
      "upload-metadata": Object.entries(metadata)
        .map(([key, value]) => `${key} ${b64(value)}`)
        .join(","),
      ...headers,
    },
  });
}

function patch(cookie: string, location: string, offset: number, body: Uint8Array) {
  return fetch(new URL(location, server.base), {
    method: "PATCH",
    headers: {
      ...TUS,
      cookie,
      "upload-offset": String(offset),
      "content-type": "application/offset+octet-stream",
    },
    body,
  });
}

function head(cookie: string | null, location: string) {
  return fetch(new URL(location, server.base), {
    method: "HEAD",
    headers: { ...TUS, ...(cookie ? { cookie } : {}) },
  });
}

describe("resumable uploads at /uploads", () => {
  it("deletes expired unfinished uploads when it starts", async () => {
    expect(await server.services.uploads.get(leftOver.expired)).toBeNull();
    expect(await server.services.uploads.get(leftOver.fresh)).toMatchObject({ offset: 0, size: 10 });
  });

  it("takes a file in two chunks with a pause, resumes where HEAD says, and hands it to the API", async () => {
    const pdf = sampleFiles.pdf();
    const created = await create(anna.cookie, pdf.byteLength, {
      ...{ exhibitorId, purpose: "material", filename: "../Прайс.pdf" },
      userId: boris.userId, // a client's claim about who uploads is ignored
    });
    expect(created.status).toBe(201);
    const location = created.headers.get("location") ?? "";
    expect(location).toMatch(/^\/uploads\/[A-Za-z0-9_-]+$/);
    const uploadId = location.split("/").pop() ?? "";

    const half = Math.floor(pdf.byteLength / 2);
    const first = await patch(anna.cookie, location, 0, pdf.subarray(0, half));
    expect(first.status).toBe(204);
    expect(first.headers.get("upload-offset")).toBe(String(half));
    const early = acceptUpload(server.services, {
      uploadId,
      userId: anna.userId,
      exhibitorId,
      purpose: "material",
    });
    await expect(early).rejects.toMatchObject({ code: "upload.incomplete" });

    // After the pause the browser asks how far the server got, and goes on from there.
    const status = await head(anna.cookie, location);
    expect(status.status).toBe(200);
    const offset = Number(status.headers.get("upload-offset"));
    expect([offset, Number(status.headers.get("upload-length"))]).toEqual([half, pdf.byteLength]);
    const rest = await patch(anna.cookie, location, offset, pdf.subarray(offset));
    expect(rest.status).toBe(204);
    expect(rest.headers.get("upload-offset")).toBe(String(pdf.byteLength));

    const inbox = await server.services.uploads.get(uploadId);
    expect(inbox?.metadata).toEqual({
      userId: anna.userId,
      exhibitorId,
      purpose: "material",
      filename: "Прайс.pdf",
    });
    const kept = await acceptUpload(server.services, {
      uploadId,
      userId: anna.userId,
      exhibitorId,
      purpose: "material",
    });
    expect(kept).toMatchObject({ kind: "pdf", originalName: "Прайс.pdf", size: pdf.byteLength });
    expect(await server.services.storage.read(kept.fileId)).toEqual(pdf);
  });

  it("refuses anyone without a session with 401", async () => {
    const response = await create(null, 100, { exhibitorId, purpose: "logo", filename: "a.png" });
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("Войдите, чтобы продолжить.\n"); // Russian unless asked otherwise
    expect((await head(null, "/uploads/0123456789abcdef")).status).toBe(401);
  });

  it("answers 404 when another person looks at, resumes or deletes an upload, and never serves the bytes", async () => {
    const created = await create(anna.cookie, 10, { exhibitorId, purpose: "material", filename: "a.pdf" });
    const location = created.headers.get("location") ?? "";
    const uploadId = location.split("/").pop() ?? "";
    expect((await head(boris.cookie, location)).status).toBe(404);
    expect((await patch(boris.cookie, location, 0, new Uint8Array(10))).status).toBe(404);
    const removal = await fetch(new URL(location, server.base), {
      method: "DELETE",
      headers: { ...TUS, cookie: boris.cookie },
    });
    expect(removal.status).toBe(404);
    expect((await fetch(new URL(location, server.base), { headers: { cookie: anna.cookie } })).status).toBe(
      404,
    );
    expect(await server.services.uploads.get(uploadId)).toMatchObject({ offset: 0, size: 10 });
    const own = await fetch(new URL(location, server.base), {
      method: "DELETE",
      headers: { ...TUS, cookie: anna.cookie },
    });
    expect(own.status).toBe(204);
    expect(await server.services.uploads.get(uploadId)).toBeNull();
  });

  it("creates uploads only for a company the person works for, with a known purpose and a length", async () => {
    const notMine = await create(boris.cookie, 100, { exhibitorId, purpose: "logo", filename: "a.png" });
    expect(notMine.status).toBe(403);
    const badPurpose = await create(anna.cookie, 100, { exhibitorId, purpose: "avatar", filename: "a.png" });
    expect(badPurpose.status).toBe(400);
    const empty = await create(
      anna.cookie,
      0,
      { exhibitorId, purpose: "logo", filename: "a.png" },
      { "x-pavilion-locale": "en" },
    );
    expect([empty.status, await empty.text()]).toEqual([
      400,
      "The file is empty (0 bytes). Choose the file again.\n",
    ]);
  });

  it("refuses a declared size over the purpose's limit or the remaining storage with 413, in the person's language", async () => {
    const tooLarge = await create(
      anna.cookie,
      21 * 1024 * 1024,
      { exhibitorId, purpose: "logo", filename: "a.png" },
      {
        "accept-language": "ru-RU,ru;q=0.9",
      },
    );
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toBe(
      "Файл слишком большой: 21 МБ. Для файлов этого типа предел — 20 МБ.\n",
    );

    const { exhibitorId: small } = await insertCompany(server.services, { staff: [anna.userId] });
    await server.services.db
      .updateTable("exhibitors")
      .set({ storage_quota_bytes: 2048 })
      .where("id", "=", small)
      .execute();
    const overQuota = await create(
      anna.cookie,
      4096,
      { exhibitorId: small, purpose: "material", filename: "a.pdf" },
      {
        "x-pavilion-locale": "en",
      },
    );
    expect(overQuota.status).toBe(413);
    expect(await overQuota.text()).toBe(
      "Not enough storage left: the file needs 4 KB, 2 KB of 2 KB remain.\n",
    );
  });
});
