/**
 * A floor's logo atlas: every logo of the floor in one PNG, so the renderer draws all
 * booths from one texture. Built on first request, kept in the file store (content
 * addressed) and remembered by version; a logo that cannot be read leaves its cell empty.
 */
import type { Database } from "@pavilion/db";
import sharp from "sharp";
import type { FileStorage } from "../../storage/file-storage.ts";
import { storeFile } from "../../storage/store-file.ts";
import { type AtlasLayout, atlasLayout } from "./atlas-layout.ts";
import { floorBooths } from "./current-layout.ts";

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };
const MAX_REMEMBERED = 256;
// floor and version → file id of the built PNG; a process that does not know it builds the same bytes again.
const built = new Map<string, string>();
const building = new Map<string, Promise<string>>();

async function cellImage(storage: FileStorage, fileId: string, cellPx: number): Promise<Buffer | null> {
  try {
    const bytes = await storage.read(fileId);
    if (!bytes) return null;
    return await sharp(bytes, { limitInputPixels: 4096 * 4096 })
      .resize(cellPx, cellPx, { fit: "contain", background: TRANSPARENT })
      .ensureAlpha()
      .raw()
      .toBuffer();
  } catch {
    return null; // not an image sharp can read: the renderer shows the booth's colour and initials
  }
}

/** Draws the atlas PNG of a layout, reading each logo from the file store. */
export async function drawAtlas(storage: FileStorage, layout: AtlasLayout): Promise<Uint8Array> {
  const { cellPx, columns } = layout;
  const images = await Promise.all(layout.cells.map((id) => cellImage(storage, id, cellPx)));
  const overlays = images.flatMap((input, cell) =>
    input
      ? [
          {
            input,
            raw: { width: cellPx, height: cellPx, channels: 4 as const },
            left: (cell % columns) * cellPx,
            top: Math.floor(cell / columns) * cellPx,
          },
        ]
      : [],
  );
  const canvas = sharp({
    create: { width: columns * cellPx, height: layout.rows * cellPx, channels: 4, background: TRANSPARENT },
  });
  // A 256-colour palette makes the atlas about 4× smaller; logos drawn a few metres wide on the
  // floor lose nothing visible, and the booth page shows each logo from its own file.
  const png = await canvas
    .composite(overlays)
    .png({ palette: true, quality: 100, compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

async function build(db: Database, storage: FileStorage, key: string, layout: AtlasLayout, now: Date) {
  const png = await drawAtlas(storage, layout);
  const stored = await storeFile(db, storage, png, "image/png", now);
  if (built.size >= MAX_REMEMBERED) built.clear();
  built.set(key, stored.id);
  return stored.id;
}

/** The id of the stored atlas PNG of a floor at a version, building it once; null for an unknown or old version. */
export async function floorAtlasFile(
  db: Database,
  storage: FileStorage,
  floorId: string,
  version: string,
  now: Date,
): Promise<string | null> {
  const key = `${floorId}/${version}`;
  const known = built.get(key);
  if (known) return known;
  const layout = atlasLayout((await floorBooths(db, floorId)).map((row) => row.logoFileId));
  if (!layout || layout.version !== version) return null;
  let pending = building.get(key);
  if (!pending) {
    pending = build(db, storage, key, layout, now).finally(() => building.delete(key));
    building.set(key, pending);
  }
  return pending;
}
