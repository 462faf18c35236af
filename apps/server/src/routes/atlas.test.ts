/** The floor's logo atlas over real HTTP: the plan names it, the server builds, caches and serves it. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createLocalFileStorage,
  createMailer,
  createTusFileStore,
  createUploadInbox,
  DEFAULT_QUOTA_BYTES,
  defaultUploadLimits,
  ensureAllFloorLayouts,
  storeFile,
} from "@pavilion/api";
import { createTestDatabase, type TestDatabase } from "@pavilion/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";

// A 1 × 1 PNG, and bytes that are no image at all.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);
const BROKEN = Buffer.from("not an image");
const T = "2026-11-01T00:00:00.000Z";

let app: FastifyInstance;
let base: string;
let database: TestDatabase;
let filesDir: string;

async function seedFloor(): Promise<void> {
  const db = database.db;
  const storage = createLocalFileStorage(filesDir);
  const logos = [await storeFile(db, storage, PNG, "image/png", new Date(T))];
  logos.push(await storeFile(db, storage, BROKEN, "image/png", new Date(T)));
  const exhibition = { id: "expo", slug: "expo", name_ru: "В", name_en: "E", tagline_ru: "", tagline_en: "" };
  await db
    .insertInto("exhibitions")
    .values({ ...exhibition, starts_on: "2026-11-20", ends_on: "2026-11-30", timezone: "UTC", created_at: T })
    .execute();
  const floor = { id: "floor-1", exhibition_id: "expo", slug: "food", name_ru: "Еда", name_en: "Food" };
  await db
    .insertInto("floors")
    .values({ ...floor, position: 0, created_at: T })
    .execute();
  for (const [i, logo] of [...logos, null].entries()) {
    await db
      .insertInto("exhibitors")
      .values({
        ...{ id: crypto.randomUUID(), exhibition_id: "expo", floor_id: "floor-1", slug: `e${i}` },
        ...{ name_ru: "н", name_en: "n", description_ru: "", description_en: "", products_ru: "" },
        ...{ products_en: "", tags: "", website: null, contact_email: null, contact_phone: null },
        ...{ logo_file_id: logo?.id ?? null, color: "#123456", booth_size: "small", status: "approved" },
        ...{ rejection_reason: null, created_at: T, updated_at: T },
      })
      .execute();
  }
  await ensureAllFloorLayouts(db, new Date(T));
}

beforeAll(async () => {
  database = await createTestDatabase("sqlite");
  filesDir = await mkdtemp(path.join(tmpdir(), "pavilion-atlas-"));
  const tusStore = createTusFileStore(path.join(filesDir, "uploads"));
  app = await buildApp({
    services: {
      db: database.db,
      mailer: createMailer(database.db, { from: "test@pavilion.local" }),
      config: {
        publicUrl: "http://localhost",
        uploads: { limits: defaultUploadLimits, defaultQuotaBytes: DEFAULT_QUOTA_BYTES },
      },
      now: () => new Date(),
      storage: createLocalFileStorage(filesDir),
      uploads: createUploadInbox(tusStore),
    },
    storage: createLocalFileStorage(filesDir),
    tusStore,
    webDistDir: path.join(filesDir, "no-web-build"),
    secureCookies: false,
    logger: false,
    isReady: () => true,
  });
  base = await app.listen({ host: "127.0.0.1", port: 0 });
  await seedFloor();
});

afterAll(async () => {
  await app.close();
  await database.destroy();
  await rm(filesDir, { recursive: true, force: true });
});

async function atlasOfPlan(): Promise<{ url: string; columns: number; rows: number; cellPx: number }> {
  const input = encodeURIComponent(JSON.stringify({ json: { slug: "food" } }));
  const response = await fetch(`${base}/trpc/floor.plan?input=${input}`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { result: { data: { json: { atlas: unknown } } } };
  return body.result.data.json.atlas as { url: string; columns: number; rows: number; cellPx: number };
}

describe("the floor atlas route", () => {
  it("serves the atlas the plan names as an immutable, unsniffed PNG of its grid", async () => {
    const atlas = await atlasOfPlan();
    expect(atlas).toMatchObject({ columns: 2, rows: 1, cellPx: 128 });
    const response = await fetch(`${base}${atlas.url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8).equals(PNG.subarray(0, 8))).toBe(true);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 128]);
    const again = Buffer.from(await (await fetch(`${base}${atlas.url}`)).arrayBuffer());
    expect(again.equals(png)).toBe(true);
  });

  it("answers 404 for a version the floor does not have, an unknown floor or a malformed address", async () => {
    const atlas = await atlasOfPlan();
    const stale = atlas.url.replace(/[0-9a-f]{20}\.png$/, `${"0".repeat(20)}.png`);
    expect((await fetch(`${base}${stale}`)).status).toBe(404);
    expect((await fetch(`${base}${atlas.url.replace("floor-1", "floor-2")}`)).status).toBe(404);
    expect((await fetch(`${base}/floors/floor-1/atlas/..%2F..%2Fetc.png`)).status).toBe(404);
  });
});
