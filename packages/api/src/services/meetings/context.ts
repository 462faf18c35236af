/** What the meeting services use, and the facts about an exhibitor they share. */
import { type Database, dialectOf } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";
import { NotFoundError } from "../../errors.ts";
import type { Mailer } from "../mail/mailer.ts";

export interface MeetingDeps {
  db: Database;
  mailer: Mailer;
  now: Date;
  /** Where people reach the app, for links in letters. */
  publicUrl: string;
  /** The caller's language: the meeting's title and words inside errors. */
  locale: SupportedLocale;
}

/** An exhibitor with what meetings need of its exhibition: its days and time zone. */
export interface MeetingExhibitor {
  id: string;
  exhibitionId: string;
  name: { ru: string; en: string };
  approved: boolean;
  timezone: string;
  firstDay: string;
  lastDay: string;
  exhibitionName: { ru: string; en: string };
}

/** Loads the exhibitor and its exhibition; NotFoundError when there is none. */
export async function loadMeetingExhibitor(db: Database, exhibitorId: string): Promise<MeetingExhibitor> {
  const row = await db
    .selectFrom("exhibitors")
    .innerJoin("exhibitions", "exhibitions.id", "exhibitors.exhibition_id")
    .select(["exhibitors.id", "exhibitors.exhibition_id", "exhibitors.name_ru", "exhibitors.name_en"])
    .select(["exhibitors.status", "exhibitions.timezone", "exhibitions.starts_on", "exhibitions.ends_on"])
    .select(["exhibitions.name_ru as exhibition_ru", "exhibitions.name_en as exhibition_en"])
    .where("exhibitors.id", "=", exhibitorId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("exhibitor");
  return {
    ...{ id: row.id, exhibitionId: row.exhibition_id, name: { ru: row.name_ru, en: row.name_en } },
    ...{ approved: row.status === "approved", timezone: row.timezone },
    ...{ firstDay: row.starts_on, lastDay: row.ends_on },
    exhibitionName: { ru: row.exhibition_ru, en: row.exhibition_en },
  };
}

/**
 * Serialises one person's bookings (or one host's new times) on PostgreSQL by locking their
 * account row, so two requests at once cannot both pass a limit; SQLite runs one write
 * transaction at a time anyway.
 */
export async function lockPerson(trx: Database, userId: string): Promise<void> {
  if (dialectOf(trx) !== "postgres") return;
  await trx.selectFrom("users").select("id").where("id", "=", userId).forUpdate().execute();
}

/** The first word of a person's name: all visitors learn of the host. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}

/** An account's name as a form's first and last name ("Anna Ivanova" → Anna, Ivanova). */
export function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = "", ...rest] = name.trim().split(/\s+/);
  return { firstName, lastName: rest.join(" ") };
}
