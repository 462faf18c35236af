/**
 * A data folder holding the demo exhibition plus one extra floor of `count` approved
 * exhibitors (logos reused from the demo), for the floor benchmark; and, for the second
 * half of the run, a featured 3D model on every tenth of those booths.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createLocalFileStorage, type FileStorage, seedDemo, storeFile } from "@pavilion/api";
import { type Database, migrateToLatest, openDatabase, sqliteFileFromDataDir } from "@pavilion/db";
import { benchModelGlb } from "./benchModel.ts";

export const BENCH_FLOOR_SLUG = "bench";
const DEMO_OWNER_EMAIL = "exhibitor@demo.pavilion";
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Creates the data folder and returns its path; the server lays the booths out on start. */
export async function prepareBenchData(count: number): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "pavilion-bench-"));
  const db = openDatabase({ sqliteFile: sqliteFileFromDataDir(dataDir) });
  try {
    await migrateToLatest(db);
    const now = new Date();
    await seedDemo(db, createLocalFileStorage(path.join(dataDir, "files")), { now });
    const exhibition = await db.selectFrom("exhibitions").select("id").executeTakeFirstOrThrow();
    const logos = await db
      .selectFrom("exhibitors")
      .select(["logo_file_id", "color"])
      .where("logo_file_id", "is not", null)
      .execute();
    const floorId = crypto.randomUUID();
    const iso = now.toISOString();
    await db
      .insertInto("floors")
      .values({
        id: floorId,
        exhibition_id: exhibition.id,
        slug: BENCH_FLOOR_SLUG,
        name_ru: `Тестовый этаж на ${count} стендов`,
        name_en: `Benchmark floor of ${count} booths`,
        position: 99,
        created_at: iso,
      })
      .execute();
    for (let start = 0; start < count; start += 200) {
      const rows = Array.from({ length: Math.min(200, count - start) }, (_, k) => {
        const i = start + k;
        const logo = logos[i % logos.length];
        return {
          id: crypto.randomUUID(),
          exhibition_id: exhibition.id,
          floor_id: floorId,
          slug: `bench-${String(i).padStart(5, "0")}`,
          name_ru: `Экспонент ${i + 1}`,
          name_en: `Exhibitor ${i + 1}`,
          description_ru: "",
          description_en: "",
          products_ru: "",
          products_en: "",
          tags: "",
          website: null,
          contact_email: null,
          contact_phone: null,
          logo_file_id: i % 17 === 5 ? null : (logo?.logo_file_id ?? null), // some booths have no logo
          color: logo?.color ?? "#336699",
          booth_size:
            i % 10 === 0 ? ("large" as const) : i % 10 < 4 ? ("medium" as const) : ("small" as const),
          status: "approved" as const,
          rejection_reason: null,
          created_at: iso,
          updated_at: iso,
        };
      });
      await db.insertInto("exhibitors").values(rows).execute();
    }
    return dataDir;
  } finally {
    await db.destroy();
  }
}

type Vec3 = [number, number, number];

/** The model file the bench booths share, and where it came from. */
export interface BenchModelFile {
  fileId: string;
  sizeBytes: number;
  triangles: number;
  bounds: { min: Vec3; max: Vec3 };
  /**
   * "demo": the demo company's own featured model (seedDemo made it); "pipeline": the bench's
   * machine run through the server's model pipeline (meshopt); "raw": the same machine
   * uncompressed (the pipeline was not there).
   */
  source: "demo" | "pipeline" | "raw";
}

export interface BenchModels {
  /** Bench exhibitors now showing a model on their booth. */
  exhibitorIds: string[];
  /** The demo company (its booth page has the model viewer). */
  demoExhibitorId: string;
  model: BenchModelFile;
}

interface ModelPipeline {
  optimiseGlb(
    bytes: Uint8Array,
  ): Promise<{ glb: Uint8Array; preview: Uint8Array; triangles: number; bounds: { min: Vec3; max: Vec3 } }>;
}

/** The server's model pipeline (packages/api/src/uploads/models), when it is there. */
async function modelPipeline(): Promise<ModelPipeline | null> {
  const entry = pathToFileURL(path.join(repoRoot, "packages/api/src/uploads/models/index.ts")).href;
  const loaded = (await import(entry).catch(() => null)) as Partial<ModelPipeline> | null;
  return typeof loaded?.optimiseGlb === "function" ? (loaded as ModelPipeline) : null;
}

/** The demo company's featured model if the seed made one; else the bench machine, optimised when possible. */
async function modelFile(
  db: Database,
  storage: FileStorage,
  demoExhibitorId: string,
  now: Date,
): Promise<{ file: BenchModelFile; previewFileId: string | null }> {
  const seeded = await db
    .selectFrom("product_models")
    .innerJoin("files", "files.id", "product_models.file_id")
    .select(["product_models.file_id", "product_models.preview_file_id", "product_models.triangles"])
    .select(["product_models.bounds", "files.size"])
    .where("product_models.exhibitor_id", "=", demoExhibitorId)
    .where("product_models.featured", "=", 1)
    .executeTakeFirst();
  if (seeded) {
    const file = { fileId: seeded.file_id, sizeBytes: seeded.size, triangles: seeded.triangles };
    const bounds = JSON.parse(seeded.bounds) as BenchModelFile["bounds"];
    return { file: { ...file, bounds, source: "demo" }, previewFileId: seeded.preview_file_id };
  }
  const machine = benchModelGlb();
  const pipeline = await modelPipeline();
  const made = pipeline ? await pipeline.optimiseGlb(machine.glb) : { ...machine, preview: null };
  const stored = await storeFile(db, storage, made.glb, "model/gltf-binary", now);
  const preview = made.preview ? await storeFile(db, storage, made.preview, "image/webp", now) : null;
  return {
    file: {
      fileId: stored.id,
      sizeBytes: made.glb.byteLength,
      triangles: made.triangles,
      bounds: made.bounds,
      source: pipeline ? "pipeline" : "raw",
    },
    previewFileId: preview?.id ?? null,
  };
}

/**
 * Gives one bench booth in ten (a mix of sizes) a featured model, all the same file (so the
 * browser fetches and parses it once: kind to the bench, but what the floor's LOD and draw
 * calls see is the same), and gives the demo company one too when the seed did not.
 */
export async function addBenchModels(dataDir: string): Promise<BenchModels> {
  const db = openDatabase({ sqliteFile: sqliteFileFromDataDir(dataDir) });
  try {
    const now = new Date();
    const iso = now.toISOString();
    const owner = await db
      .selectFrom("members")
      .innerJoin("users", "users.id", "members.user_id")
      .select("members.exhibitor_id")
      .where("users.email", "=", DEMO_OWNER_EMAIL)
      .where("members.role", "=", "owner")
      .executeTakeFirstOrThrow();
    const demoExhibitorId = owner.exhibitor_id;
    const storage = createLocalFileStorage(path.join(dataDir, "files"));
    const { file, previewFileId } = await modelFile(db, storage, demoExhibitorId, now);
    const bench = await db
      .selectFrom("exhibitors")
      .innerJoin("floors", "floors.id", "exhibitors.floor_id")
      .select("exhibitors.id")
      .where("floors.slug", "=", BENCH_FLOOR_SLUG)
      .orderBy("exhibitors.slug")
      .execute();
    // One in ten: the k-th of each ten, k cycling, so large, medium and small booths all get some.
    const chosen = bench.filter((_, i) => i % 10 === Math.floor(i / 10) % 10).map((row) => row.id);
    const owners = file.source === "demo" ? chosen : [demoExhibitorId, ...chosen];
    const title = { title_ru: "Станок", title_en: "Machine" };
    const rows = owners.map((exhibitorId) => ({
      id: crypto.randomUUID(),
      exhibitor_id: exhibitorId,
      ...title,
      description_ru: "Оранжевый станок со стальным барабаном",
      description_en: "An orange machine with a steel drum",
      file_id: file.fileId,
      preview_file_id: previewFileId,
      original_name: "machine.glb",
      triangles: file.triangles,
      bounds: JSON.stringify(file.bounds),
      featured: 1,
      position: 0,
      created_at: iso,
      updated_at: iso,
    }));
    const files = owners.map((exhibitorId) => ({
      exhibitor_id: exhibitorId,
      file_id: file.fileId,
      purpose: "model" as const,
      original_name: "machine.glb",
      size: file.sizeBytes,
      created_at: iso,
    }));
    for (let start = 0; start < rows.length; start += 100) {
      await db
        .insertInto("product_models")
        .values(rows.slice(start, start + 100))
        .execute();
      await db
        .insertInto("exhibitor_files")
        .values(files.slice(start, start + 100))
        .execute();
    }
    return { exhibitorIds: chosen, demoExhibitorId, model: file };
  } finally {
    await db.destroy();
  }
}
