/**
 * A data folder holding the demo exhibition plus one extra floor of `count` approved
 * exhibitors (logos reused from the demo), for the floor benchmark.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalFileStorage, seedDemo } from "@pavilion/api";
import { migrateToLatest, openDatabase, sqliteFileFromDataDir } from "@pavilion/db";

export const BENCH_FLOOR_SLUG = "bench";

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
