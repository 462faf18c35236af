/**
 * Registrations by "how did you hear about it": registered people (accepted or waiting) for the
 * exhibition's events starting in the period, grouped by the option they chose.
 */
import type { Database } from "@pavilion/db";
import type { OrganiserDashboard } from "@pavilion/schema";
import { periodInstants, type StatsPeriod } from "./period.ts";

/** Every current option (also with none) and any other answer given, the most chosen first. */
export async function heardFromCounts(
  db: Database,
  exhibitionId: string,
  period: StatsPeriod,
  timeZone: string,
): Promise<OrganiserDashboard["heardFrom"]> {
  const { start, end } = periodInstants(period, timeZone);
  const counts = await db
    .selectFrom("registrations as r")
    .innerJoin("events as e", "e.id", "r.event_id")
    .select("r.heard_from")
    .select((eb) => eb.fn.count<number>("r.id").as("registrations"))
    .where("e.exhibition_id", "=", exhibitionId)
    .where("e.kind", "!=", "meeting")
    .where("e.starts_at", ">=", start)
    .where("e.starts_at", "<", end)
    .where("r.status", "in", ["accepted", "pending"])
    .where("r.heard_from", "!=", "")
    .groupBy("r.heard_from")
    .execute();
  const byAnswer = new Map(counts.map((row) => [row.heard_from, Number(row.registrations)]));
  const options = await db
    .selectFrom("heard_from_options")
    .select(["id", "label_ru", "label_en", "archived_at"])
    .where("exhibition_id", "=", exhibitionId)
    .orderBy("position")
    .execute();
  const known = new Set(options.map((option) => option.id));
  const fromOptions = options
    .filter((option) => option.archived_at === null || byAnswer.has(option.id))
    .map((option) => ({
      label: { ru: option.label_ru, en: option.label_en },
      registrations: byAnswer.get(option.id) ?? 0,
    }));
  // Answers given as text (before the choices existed) keep their own words.
  const other = [...byAnswer]
    .filter(([answer]) => !known.has(answer))
    .map(([answer, registrations]) => ({ label: { ru: answer, en: answer }, registrations }));
  return [...fromOptions, ...other].sort((a, b) => b.registrations - a.registrations);
}
