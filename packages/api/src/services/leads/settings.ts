/** An exhibition's warmth weights and half-life (organisers' choice, or the defaults). */
import type { Database } from "@pavilion/db";
import {
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_WARMTH_WEIGHTS,
  type WarmthSettings,
  warmthWeightsSchema,
} from "@pavilion/schema";
import { ensureCursor, lockCursor } from "../analytics/cursor.ts";
import { recomputeLeadWarmth } from "./recompute.ts";

/** What scoring an exhibition's leads needs: its settings and the epoch warmth bases count from. */
export interface ExhibitionWarmth {
  settings: WarmthSettings;
  /** The exhibition's first day at 00:00 UTC: `warmth_base` is relative to it (see warmth.ts). */
  epoch: string;
}

/** The exhibition's warmth settings, the defaults filling any weight not stored. */
export async function exhibitionWarmth(db: Database, exhibitionId: string): Promise<ExhibitionWarmth> {
  const row = await db
    .selectFrom("exhibitions")
    .leftJoin("warmth_settings", "warmth_settings.exhibition_id", "exhibitions.id")
    .select(["exhibitions.starts_on", "warmth_settings.weights", "warmth_settings.half_life_days"])
    .where("exhibitions.id", "=", exhibitionId)
    .executeTakeFirstOrThrow();
  const stored = row.weights === null ? {} : (JSON.parse(row.weights) as Record<string, unknown>);
  const weights = warmthWeightsSchema.parse({ ...DEFAULT_WARMTH_WEIGHTS, ...stored });
  return {
    settings: { weights, halfLifeDays: row.half_life_days ?? DEFAULT_HALF_LIFE_DAYS },
    epoch: `${row.starts_on}T00:00:00.000Z`,
  };
}

/**
 * Stores the exhibition's warmth settings and rescores all its leads under them, in one
 * transaction that holds the rollup's cursor, so no batch counts rows with the old weights meanwhile.
 */
export async function saveWarmthSettings(
  db: Database,
  exhibitionId: string,
  settings: WarmthSettings,
  userId: string | null,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await ensureCursor(db, now);
  await db.transaction().execute(async (trx) => {
    const countedUpTo = await lockCursor(trx, now);
    const stored = {
      ...{ weights: JSON.stringify(warmthWeightsSchema.parse(settings.weights)) },
      ...{ half_life_days: settings.halfLifeDays, updated_at: at, updated_by: userId },
    };
    await trx
      .insertInto("warmth_settings")
      .values({ exhibition_id: exhibitionId, ...stored })
      .onConflict((conflict) => conflict.column("exhibition_id").doUpdateSet(stored))
      .execute();
    await recomputeLeadWarmth(trx, exhibitionId, countedUpTo);
  });
}
