/**
 * The rules of an event that need the database: it falls on the exhibition's days, it does not
 * start in the past, and its speakers are ones it may have (its company's; any for the programme).
 */
import { TZDate } from "@date-fns/tz";
import type { Database } from "@pavilion/db";
import type { EventDraft } from "@pavilion/schema";
import { addDays, format } from "date-fns";
import { enGB, ru } from "date-fns/locale";
import { AppError } from "../../errors.ts";
import { bilingualParam } from "../../uploads/sizes.ts";

/** The exhibition an event belongs to, with its days. */
export interface ExhibitionDays {
  id: string;
  starts_on: string;
  ends_on: string;
  timezone: string;
}

function midnight(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, timeZone).getTime());
}

function dayWords(day: string, timeZone: string) {
  const date = new TZDate(midnight(day, timeZone).getTime(), timeZone);
  return {
    en: format(date, "d MMMM yyyy", { locale: enGB }),
    ru: format(date, "d MMMM yyyy", { locale: ru }),
  };
}

/** Refuses an event that starts before the exhibition's first day or ends after its last (its time zone). */
export function assertWithinExhibition(draft: EventDraft, exhibition: ExhibitionDays): void {
  const opens = midnight(exhibition.starts_on, exhibition.timezone);
  const closes = addDays(midnight(exhibition.ends_on, exhibition.timezone), 1);
  const starts = Date.parse(draft.startsAt);
  const ends = Date.parse(draft.endsAt);
  if (starts >= opens.getTime() && ends <= closes.getTime()) return;
  const first = dayWords(exhibition.starts_on, exhibition.timezone);
  const last = dayWords(exhibition.ends_on, exhibition.timezone);
  throw new AppError("authoring.outsideExhibition", `${draft.startsAt}–${draft.endsAt}`, {
    ...bilingualParam("first", first.en, first.ru),
    ...bilingualParam("last", last.en, last.ru),
    zone: exhibition.timezone,
  });
}

/** Refuses a (new or moved) event that would start in the past. */
export function assertNotInThePast(draft: EventDraft, now: Date): void {
  if (Date.parse(draft.startsAt) <= now.getTime()) throw new AppError("authoring.inThePast");
}

/** True when the two versions differ in their start or end. */
export function timesDiffer(
  a: Pick<EventDraft, "startsAt" | "endsAt">,
  b: Pick<EventDraft, "startsAt" | "endsAt">,
) {
  return Date.parse(a.startsAt) !== Date.parse(b.startsAt) || Date.parse(a.endsAt) !== Date.parse(b.endsAt);
}

/**
 * Refuses speakers the event may not have: unknown ones, another exhibition's, and for a
 * company's webinar anyone but its own (the programme may invite any company's speakers).
 */
export async function assertSpeakersAllowed(
  db: Database,
  draft: EventDraft,
  owner: { exhibitionId: string; exhibitorId: string | null },
): Promise<void> {
  const ids = [...new Set(draft.speakers.map((speaker) => speaker.speakerId))];
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom("speakers")
    .select(["id", "exhibition_id", "exhibitor_id"])
    .where("id", "in", ids)
    .execute();
  const allowed = rows.filter(
    (row) =>
      row.exhibition_id === owner.exhibitionId &&
      (owner.exhibitorId === null || row.exhibitor_id === owner.exhibitorId),
  );
  if (allowed.length !== ids.length) throw new AppError("authoring.speakerUnknown");
}

/** The exhibition's days and time zone. */
export async function exhibitionDays(db: Database, exhibitionId: string): Promise<ExhibitionDays> {
  return db
    .selectFrom("exhibitions")
    .select(["id", "starts_on", "ends_on", "timezone"])
    .where("id", "=", exhibitionId)
    .executeTakeFirstOrThrow();
}
