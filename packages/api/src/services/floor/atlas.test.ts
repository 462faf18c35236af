import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useTestDatabase } from "@pavilion/db/testing";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileStorage } from "../../storage/file-storage.ts";
import { createLocalFileStorage } from "../../storage/local.ts";
import { storeFile } from "../../storage/store-file.ts";
import { floorAtlasFile } from "./atlas.ts";
import { atlasLayout } from "./atlas-layout.ts";
import { floorBooths } from "./current-layout.ts";
import { ensureFloorLayout } from "./placement.ts";
import { insertExhibition, insertExhibitor } from "./test-fixtures.ts";

const now = new Date("2026-11-23T09:00:00.000Z");

async function square(color: string): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 200, height: 200, channels: 4, background: color } })
      .png()
      .toBuffer(),
  );
}

describe("the logo atlas of a floor", () => {
  const db = useTestDatabase("sqlite");
  let root: string;
  let storage: FileStorage;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "pavilion-atlas-test-"));
    storage = createLocalFileStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function floorWithLogos(logos: Uint8Array[]) {
    const expo = await insertExhibition(db());
    for (const [i, bytes] of logos.entries()) {
      const { id } = await storeFile(db(), storage, bytes, "image/png", now);
      await insertExhibitor(db(), expo.exhibitionId, { slug: `e${i}`, floorId: expo.food, logoFileId: id });
    }
    await ensureFloorLayout(db(), expo.food, now);
    const layout = atlasLayout((await floorBooths(db(), expo.food)).map((b) => b.logoFileId));
    if (!layout) throw new Error("expected an atlas");
    return { floorId: expo.food, layout };
  }

  it("draws each logo into its cell and leaves the cell of an unreadable logo empty", async () => {
    const broken = new TextEncoder().encode("not an image");
    const { floorId, layout } = await floorWithLogos([
      await square("#ff0000"),
      broken,
      await square("#0000ff"),
    ]);
    const fileId = await floorAtlasFile(db(), storage, floorId, layout.version, now);
    const png = await storage.read(fileId ?? "");
    const { data, info } = await sharp(png ?? new Uint8Array())
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([256, 256]);
    const pixel = (x: number, y: number) => [...data.subarray((y * 256 + x) * 4, (y * 256 + x) * 4 + 4)];
    expect(pixel(64, 64)).toEqual([255, 0, 0, 255]);
    expect(pixel(192, 64)[3]).toBe(0);
    expect(pixel(64, 192)).toEqual([0, 0, 255, 255]);
  });

  it("builds an atlas once and answers null for a version or floor that does not have it", async () => {
    const { floorId, layout } = await floorWithLogos([await square("#00ff00")]);
    const [first, second] = await Promise.all([
      floorAtlasFile(db(), storage, floorId, layout.version, now),
      floorAtlasFile(db(), storage, floorId, layout.version, now),
    ]);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    expect(await floorAtlasFile(db(), storage, floorId, "0".repeat(20), now)).toBeNull();
    expect(await floorAtlasFile(db(), storage, crypto.randomUUID(), layout.version, now)).toBeNull();
  });
});
