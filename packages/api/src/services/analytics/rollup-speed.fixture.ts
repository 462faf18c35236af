/**
 * Measures the rollup's speed on a fresh SQLite file (not a test; run by hand):
 * `node src/services/analytics/rollup-speed.fixture.ts [rows] [folder]`. Prints rows per second.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateToLatest, openDatabase } from "@pavilion/db";
import { insertExhibition, insertMany } from "../floor/test-fixtures.ts";
import { catchUpAnalytics } from "./rollup.ts";

const rows = Number(process.argv[2] ?? 200_000);
const dir = process.argv[3] ?? mkdtempSync(join(tmpdir(), "pavilion-rollup-speed-"));
const db = openDatabase({ sqliteFile: join(dir, "speed.sqlite") });
await migrateToLatest(db);
await (await import("kysely")).sql.raw(`pragma cache_size = -${process.env.CACHE}`).execute(db);
const expo = await insertExhibition(db);
const exhibitors = await insertMany(db, expo.exhibitionId, expo.food, 500);
const users = Array.from({ length: Math.max(100, Math.round(rows / 20)) }, () => crypto.randomUUID());
for (let i = 0; i < users.length; i += 500) {
  await db
    .insertInto("users")
    .values(
      users.slice(i, i + 500).map((id) => ({
        ...{ id, email: `${id}@x.test`, name: "V", password_hash: "x", locale: "en" as const },
        ...{
          role: "visitor" as const,
          created_at: "2026-01-01",
          updated_at: "2026-01-01",
          calendar_token: null,
        },
      })),
    )
    .execute();
}
let seed = 1;
const random = () => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const kinds = ["booth.visit", "booth.visit", "booth.visit", "booth.left", "video.play", "material.download"];
const start = Date.parse("2026-11-20T06:00:00Z");
for (let i = 0; i < rows; i += 1000) {
  await db
    .insertInto("activity")
    .values(
      Array.from({ length: Math.min(1000, rows - i) }, (_, j) => {
        const r = random();
        const kind =
          r < 0.02 ? "contact.left" : r < 0.03 ? "chat.message" : (kinds[Math.floor(random() * 6)] as string);
        return {
          ...{
            occurred_at: new Date(start + (i + j) * 5_000).toISOString(),
            exhibition_id: expo.exhibitionId,
          },
          ...{
            user_id: users[Math.floor(random() * users.length)] ?? null,
            kind,
            event_id: null,
            material_id: null,
          },
          exhibitor_id: exhibitors[Math.floor(random() ** 2 * exhibitors.length)] ?? null,
          data: kind === "booth.left" ? JSON.stringify({ seconds: Math.round(random() * 900) }) : null,
        };
      }),
    )
    .execute();
}
const began = performance.now();
const cpuBefore = process.cpuUsage();
const result = await catchUpAnalytics(db, new Date("2026-11-30T00:00:00Z"), {
  batchRows: Number(process.env.BATCH ?? 2000),
});
const seconds = (performance.now() - began) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const leads = await db
  .selectFrom("leads")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .executeTakeFirstOrThrow();
console.log(
  JSON.stringify({
    ...{ rows: result.processed, seconds, rowsPerSec: Math.round(result.processed / seconds) },
    ...{ cpuSeconds, rowsPerCpuSec: Math.round(result.processed / cpuSeconds), leads: leads.n },
  }),
);
await db.destroy();
