/**
 * An event's registrants as a table for the Excel and CSV exports (SEEDS.md 001: "list of
 * registered participants as an Excel file with contacts"): who may take it, which rows, and
 * the cells as text in the requester's language and the event's time zone.
 */
import { tz } from "@date-fns/tz";
import type { Database, Event, RegistrationStatus } from "@pavilion/db";
import { type SupportedLocale, translate } from "@pavilion/i18n";
import { registrationFieldNames, type SessionUser } from "@pavilion/schema";
import { format } from "date-fns";
import { AppError, ForbiddenError, NotFoundError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";
import { inLanguage } from "../cabinet/names.ts";

/** One registration as the export needs it. */
export interface Registrant {
  lastName: string;
  firstName: string;
  company: string;
  position: string;
  email: string;
  phone: string;
  heardFrom: { ru: string; en: string } | null;
  status: RegistrationStatus;
  reason: string | null;
  createdAt: string;
  /** Staff who entered it for a person who called; null when the person registered themselves. */
  registeredBy: string | null;
  attendedAt: string | null;
  checkedInAt: string | null;
}

export const REGISTRANT_COLUMNS = [
  ...registrationFieldNames,
  "status",
  "reason",
  "registeredAt",
  "registeredBy",
  "attended",
  "checkedIn",
] as const;
export type RegistrantColumn = (typeof REGISTRANT_COLUMNS)[number];

/** The export as a header row and text cells, ready for any file format. */
export interface RegistrantTable {
  title: string;
  /** The sheet's name and the file's name without extension. */
  sheetName: string;
  fileBaseName: string;
  columns: readonly RegistrantColumn[];
  headers: string[];
  rows: string[][];
}

/**
 * The event when the person may export its registrants: its exhibitor's team, or organisers
 * (for any event). "auth.signInRequired" for nobody signed in, ForbiddenError for others.
 */
export async function openRegistrantExport(
  db: Database,
  user: SessionUser | null,
  eventId: string,
): Promise<Event> {
  if (!user) throw new AppError("auth.signInRequired");
  const event = await db.selectFrom("events").selectAll().where("id", "=", eventId).executeTakeFirst();
  if (!event) throw new NotFoundError("event");
  const isHost = event.exhibitor_id !== null && isMemberOf(user, event.exhibitor_id);
  if (!isHost && user.role !== "organiser") throw new ForbiddenError();
  return event;
}

/** Every registration of this one event, oldest first, with the choice and staff names resolved. */
export async function loadRegistrants(db: Database, eventId: string): Promise<Registrant[]> {
  const rows = await db
    .selectFrom("registrations")
    .leftJoin("heard_from_options", "heard_from_options.id", "registrations.heard_from")
    .leftJoin("users as staff", "staff.id", "registrations.registered_by")
    .select(["registrations.last_name", "registrations.first_name", "registrations.company"])
    .select(["registrations.position", "registrations.email", "registrations.phone"])
    .select(["registrations.status", "registrations.reason", "registrations.created_at"])
    .select(["registrations.attended_at", "registrations.checked_in_at", "registrations.heard_from"])
    .select(["heard_from_options.label_ru", "heard_from_options.label_en", "staff.name as staff_name"])
    .where("registrations.event_id", "=", eventId)
    .orderBy("registrations.created_at")
    .orderBy("registrations.id")
    .execute();
  return rows.map((row) => ({
    ...{ lastName: row.last_name, firstName: row.first_name, company: row.company },
    ...{ position: row.position, email: row.email, phone: row.phone },
    heardFrom:
      row.label_ru !== null && row.label_en !== null
        ? { ru: row.label_ru, en: row.label_en }
        : row.heard_from
          ? { ru: row.heard_from, en: row.heard_from }
          : null,
    ...{ status: row.status, reason: row.reason, createdAt: row.created_at },
    registeredBy: row.staff_name,
    attendedAt: row.attended_at,
    checkedInAt: row.checked_in_at,
  }));
}

/** "2026-11-23 12:05" in the zone: dates as text, so no spreadsheet shifts them into its own zone. */
export function localTime(instant: string, timeZone: string): string {
  return format(new Date(instant), "yyyy-MM-dd HH:mm", { in: tz(timeZone) });
}

function cellsOf(r: Registrant, locale: SupportedLocale, timeZone: string): Record<RegistrantColumn, string> {
  const t = (key: string) => translate(locale, `exportFiles:registrants.${key}`);
  const at = (instant: string | null) => (instant === null ? "" : localTime(instant, timeZone));
  return {
    ...{ lastName: r.lastName, firstName: r.firstName, company: r.company, position: r.position },
    ...{ email: r.email, phone: r.phone, heardFrom: r.heardFrom ? inLanguage(r.heardFrom, locale) : "" },
    ...{ status: t(`status.${r.status}`), reason: r.reason ?? "", registeredAt: at(r.createdAt) },
    registeredBy: r.registeredBy ?? t("selfRegistered"),
    ...{ attended: at(r.attendedAt), checkedIn: at(r.checkedInAt) },
  };
}

/** The registrants of `event` as a table in the requester's language; times in the event's zone. */
export function registrantTable(
  event: Pick<Event, "title_ru" | "title_en" | "timezone">,
  registrants: readonly Registrant[],
  locale: SupportedLocale,
): RegistrantTable {
  const title = inLanguage({ ru: event.title_ru, en: event.title_en }, locale);
  const header = (column: RegistrantColumn) =>
    translate(locale, `exportFiles:registrants.columns.${column}`, { zone: event.timezone });
  return {
    title,
    sheetName: translate(locale, "exportFiles:registrants.sheet"),
    fileBaseName: translate(locale, "exportFiles:registrants.fileName", { title }),
    columns: REGISTRANT_COLUMNS,
    headers: REGISTRANT_COLUMNS.map(header),
    rows: registrants.map((registrant) => {
      const cells = cellsOf(registrant, locale, event.timezone);
      return REGISTRANT_COLUMNS.map((column) => cells[column]);
    }),
  };
}
