/**
 * Immersive booths (issue 8): 3D product models and 360° tours of a production site.
 *
 * - `product_models`: an exhibitor's products as optimised glTF binaries (meshopt-compressed,
 *   textures re-encoded), each with a preview image, its triangle count and the box it fills
 *   (so the floor can stand it on the booth's plinth without opening the file). At most one
 *   per exhibitor is `featured`: that one stands on the booth on the floor.
 * - `panoramas`: equirectangular photos (2:1) of the exhibitor's site in the tour's order; the
 *   photo is kept at several widths (`levels`, JSON [{ fileId, width, height }], smallest
 *   first) so a phone loads a small one.
 * - `tour_hotspots`: points on a panorama (yaw/pitch in degrees) that go to another panorama
 *   of the same exhibitor, open one of its materials or show a caption.
 * - `exhibitor_files.purpose` gains "model", "panorama" and "preview".
 */
import { type Kysely, sql } from "kysely";
import { flag, isPostgres, oneOf, owner, pk, required, uses } from "./helpers.ts";

const REAL = "double precision";
const OLD_PURPOSES = ["logo", "material", "video", "poster"];
const NEW_PURPOSES = [...OLD_PURPOSES, "model", "panorama", "preview"];

export async function up(db: Kysely<any>): Promise<void> {
  await widenFilePurposes(db, NEW_PURPOSES);

  await db.schema
    .createTable("product_models")
    .addColumn("id", "text", pk)
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("title_ru", "text", required)
    .addColumn("title_en", "text", required)
    // What a screen reader says instead of the picture.
    .addColumn("description_ru", "text", required)
    .addColumn("description_en", "text", required)
    .addColumn("file_id", "text", (c) => c.notNull().references("files.id"))
    .addColumn("preview_file_id", "text", uses("files.id"))
    .addColumn("original_name", "text", required)
    .addColumn("triangles", "integer", required)
    // The model's box in its own units, JSON { min: [x,y,z], max: [x,y,z] }.
    .addColumn("bounds", "text", required)
    .addColumn("featured", "integer", flag("featured"))
    .addColumn("position", "integer", required)
    .addColumn("created_at", "text", required)
    .addColumn("updated_at", "text", required)
    .execute();
  await db.schema
    .createIndex("product_models_exhibitor_idx")
    .on("product_models")
    .columns(["exhibitor_id", "position"])
    .execute();
  // One featured model per exhibitor.
  await db.schema
    .createIndex("product_models_featured_idx")
    .on("product_models")
    .column("exhibitor_id")
    .unique()
    .where(sql.ref("featured"), "=", 1)
    .execute();

  await db.schema
    .createTable("panoramas")
    .addColumn("id", "text", pk)
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("title_ru", "text", required)
    .addColumn("title_en", "text", required)
    // JSON [{ fileId, width, height }], smallest first.
    .addColumn("levels", "text", required)
    .addColumn("original_name", "text", required)
    // Where the view starts, degrees.
    .addColumn("initial_yaw", REAL, (c) => c.notNull().defaultTo(0))
    .addColumn("position", "integer", required)
    .addColumn("created_at", "text", required)
    .addColumn("updated_at", "text", required)
    .execute();
  await db.schema
    .createIndex("panoramas_exhibitor_idx")
    .on("panoramas")
    .columns(["exhibitor_id", "position"])
    .execute();

  await db.schema
    .createTable("tour_hotspots")
    .addColumn("id", "text", pk)
    .addColumn("panorama_id", "text", owner("panoramas.id"))
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("kind", "text", oneOf("kind", ["panorama", "material", "caption"]))
    .addColumn("yaw", REAL, required)
    .addColumn("pitch", REAL, required)
    .addColumn("target_panorama_id", "text", (c) => c.references("panoramas.id").onDelete("cascade"))
    .addColumn("material_id", "text", (c) => c.references("materials.id").onDelete("cascade"))
    // The caption (kind "caption"), or the button's own label for the other kinds ('' = default).
    .addColumn("text_ru", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("text_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", required)
    .execute();
  await db.schema
    .createIndex("tour_hotspots_panorama_idx")
    .on("tour_hotspots")
    .column("panorama_id")
    .execute();
  await db.schema
    .createIndex("tour_hotspots_exhibitor_idx")
    .on("tour_hotspots")
    .column("exhibitor_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["tour_hotspots", "panoramas", "product_models"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.deleteFrom("exhibitor_files").where("purpose", "in", ["model", "panorama", "preview"]).execute();
  await widenFilePurposes(db, OLD_PURPOSES);
}

/** Replaces the check on exhibitor_files.purpose; SQLite cannot alter a check, so the table is rebuilt. */
async function widenFilePurposes(db: Kysely<any>, purposes: readonly string[]): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table exhibitor_files drop constraint if exists exhibitor_files_purpose_check`.execute(
      db,
    );
    await db.schema
      .alterTable("exhibitor_files")
      .addCheckConstraint(
        "exhibitor_files_purpose_check",
        sql`purpose in (${sql.join(purposes.map((p) => sql.lit(p)))})`,
      )
      .execute();
    return;
  }
  await db.schema
    .createTable("exhibitor_files_next")
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("file_id", "text", (c) => c.notNull().references("files.id"))
    .addColumn("purpose", "text", oneOf("purpose", purposes))
    .addColumn("original_name", "text", required)
    .addColumn("size", "bigint", required)
    .addColumn("created_at", "text", required)
    .addPrimaryKeyConstraint("exhibitor_files_pkey", ["exhibitor_id", "file_id"])
    .execute();
  await sql`insert into exhibitor_files_next select exhibitor_id, file_id, purpose, original_name, size, created_at from exhibitor_files`.execute(
    db,
  );
  await db.schema.dropTable("exhibitor_files").execute();
  await db.schema.alterTable("exhibitor_files_next").renameTo("exhibitor_files").execute();
}
