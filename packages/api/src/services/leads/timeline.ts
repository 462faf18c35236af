/** Activity rows as people read them: what it was about (a material's or an event's title) and minutes spent. */
import type { Database } from "@pavilion/db";
import type { BilingualText } from "@pavilion/schema";

/** Activity with the titles of what it is about and the exhibitor's name, to be narrowed with `where`. */
export function activityWithSubjects(db: Database) {
  return db
    .selectFrom("activity")
    .leftJoin("materials", "materials.id", "activity.material_id")
    .leftJoin("events", "events.id", "activity.event_id")
    .leftJoin("exhibitors", "exhibitors.id", "activity.exhibitor_id")
    .select(["activity.id", "activity.kind", "activity.occurred_at", "activity.data"])
    .select(["materials.title_ru as material_ru", "materials.title_en as material_en"])
    .select(["events.title_ru as event_ru", "events.title_en as event_en"])
    .select(["exhibitors.name_ru as exhibitor_ru", "exhibitors.name_en as exhibitor_en"]);
}

export interface SubjectColumns {
  material_ru: string | null;
  material_en: string | null;
  event_ru: string | null;
  event_en: string | null;
  /** The product model a "model.viewed" row is about (see withModelTitles). */
  model?: BilingualText | null;
}

/** The material, event or model the row is about, when it names one. */
export function subjectOf(row: SubjectColumns): BilingualText | null {
  if (row.material_ru !== null) return { ru: row.material_ru, en: row.material_en ?? row.material_ru };
  if (row.event_ru !== null) return { ru: row.event_ru, en: row.event_en ?? row.event_ru };
  return row.model ?? null;
}

function modelIdIn(row: { kind: string; data: string | null }): string | null {
  if (row.kind !== "model.viewed" || row.data === null) return null;
  try {
    const value = (JSON.parse(row.data) as Record<string, unknown>).modelId;
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

/**
 * The rows with the title of the product model each "model.viewed" row names (its id is in the
 * row's data, which SQL cannot join on alike on both engines), looked up in one query.
 */
export async function withModelTitles<Row extends { kind: string; data: string | null }>(
  db: Database,
  rows: readonly Row[],
): Promise<(Row & { model: BilingualText | null })[]> {
  const ids = [...new Set(rows.flatMap((row) => modelIdIn(row) ?? []))];
  const titles = new Map<string, BilingualText>();
  for (let i = 0; i < ids.length; i += 1000) {
    const found = await db
      .selectFrom("product_models")
      .select(["id", "title_ru", "title_en"])
      .where("id", "in", ids.slice(i, i + 1000))
      .execute();
    for (const model of found) {
      titles.set(model.id, { ru: model.title_ru || model.title_en, en: model.title_en || model.title_ru });
    }
  }
  return rows.map((row) => ({ ...row, model: titles.get(modelIdIn(row) ?? "") ?? null }));
}

const SECONDS_KINDS = new Set(["booth.left", "tour.left"]);

/**
 * Minutes at the booth or in its tour ("booth.left", "tour.left", from seconds) or watching
 * ("webinar.left"), to a tenth; else null.
 */
export function minutesOf(kind: string, data: string | null): number | null {
  const key = SECONDS_KINDS.has(kind) ? "seconds" : kind === "webinar.left" ? "minutes" : null;
  if (key === null || data === null) return null;
  try {
    const value = (JSON.parse(data) as Record<string, unknown>)[key];
    if (typeof value !== "number" || !Number.isFinite(value)) return null;
    return Math.round((key === "seconds" ? value / 60 : value) * 10) / 10;
  } catch {
    return null;
  }
}

/** A row of `activityWithSubjects` as a timeline item. */
export function timelineItem(
  row: SubjectColumns & { id: number; kind: string; occurred_at: string; data: string | null },
) {
  return {
    id: Number(row.id),
    kind: row.kind,
    occurredAt: row.occurred_at,
    subject: subjectOf(row),
    minutes: minutesOf(row.kind, row.data),
  };
}
