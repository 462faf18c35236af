/**
 * The letters about a meeting: to the visitor and to the host, each in their own language, when
 * it is booked and when it is cancelled; each carries meeting.ics (cancelled: STATUS:CANCELLED
 * with a higher SEQUENCE, so calendars drop it).
 */
import type { Database, Event, Locale, Registration } from "@pavilion/db";
import { translate } from "@pavilion/i18n";
import { inLanguage } from "../cabinet/names.ts";
import type { OutgoingMail } from "../mail/mailer.ts";
import { buildCalendar, calendarEntryFor } from "../programme/ics.ts";
import { eventTimeWords } from "../registration/time-words.ts";
import { firstNameOf } from "./context.ts";

export type MeetingLetterKind = "booked" | "cancelled";
/** Who cancelled, as the letters say it. */
export type CancelledBy = "visitor" | "team";

/** What letters about one meeting speak of. */
export interface MeetingFacts {
  event: Event;
  visitor: Pick<
    Registration,
    "first_name" | "last_name" | "company" | "position" | "email" | "phone" | "locale"
  >;
  host: { name: string; email: string; locale: Locale };
  company: { ru: string; en: string };
  exhibitionName: { ru: string; en: string };
  publicUrl: string;
}

/** Loads the facts for the meeting (its event) hosted by `hostUserId`. */
export async function meetingFacts(
  db: Database,
  eventId: string,
  hostUserId: string,
  publicUrl: string,
): Promise<MeetingFacts> {
  const event = await db.selectFrom("events").selectAll().where("id", "=", eventId).executeTakeFirstOrThrow();
  const visitor = await db
    .selectFrom("registrations")
    .select(["first_name", "last_name", "company", "position", "email", "phone", "locale"])
    .where("event_id", "=", eventId)
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  const host = await db
    .selectFrom("users")
    .select(["name", "email", "locale"])
    .where("id", "=", hostUserId)
    .executeTakeFirstOrThrow();
  const names = await db
    .selectFrom("exhibitors")
    .innerJoin("exhibitions", "exhibitions.id", "exhibitors.exhibition_id")
    .select([
      "exhibitors.name_ru",
      "exhibitors.name_en",
      "exhibitions.name_ru as x_ru",
      "exhibitions.name_en as x_en",
    ])
    .where("exhibitors.id", "=", event.exhibitor_id ?? "")
    .executeTakeFirstOrThrow();
  return {
    ...{ event, visitor, host, publicUrl },
    company: { ru: names.name_ru, en: names.name_en },
    exhibitionName: { ru: names.x_ru, en: names.x_en },
  };
}

/** The two letters (visitor first, then host) about the meeting. */
export function meetingLetters(kind: MeetingLetterKind, facts: MeetingFacts, by: CancelledBy = "visitor") {
  return [letterTo("visitor", kind, facts, by), letterTo("host", kind, facts, by)];
}

function letterTo(
  reader: "visitor" | "host",
  kind: MeetingLetterKind,
  facts: MeetingFacts,
  by: CancelledBy,
): OutgoingMail {
  const { event, visitor, host } = facts;
  const locale = reader === "visitor" ? visitor.locale : host.locale;
  const base = facts.publicUrl.replace(/\/+$/, "");
  const visitorName = `${visitor.first_name} ${visitor.last_name}`.trim();
  const eventEntry = calendarEntryFor(event, locale, facts.publicUrl);
  // The event is named after the company; in the host's calendar it is named after the visitor.
  const entry =
    reader === "visitor"
      ? eventEntry
      : { ...eventEntry, title: translate(locale, "meetings:hostTitle", { visitor: visitorName }) };
  const params = {
    name: reader === "visitor" ? visitorName : host.name,
    visitor: visitorName,
    host: host.name,
    hostFirst: firstNameOf(host.name),
    company: inLanguage(facts.company, locale),
    when: eventTimeWords(event, locale),
    topic: event.description_ru.trim() || "—",
    visitorCompany: visitor.company || "—",
    position: visitor.position || "—",
    email: visitor.email,
    phone: visitor.phone || "—",
    url: entry.url,
    boothUrl: `${base}/booths/${event.exhibitor_id ?? ""}`,
    cabinetUrl: `${base}/cabinet/${event.exhibitor_id ?? ""}/live`,
    by: translate(locale, `meetings:email.by.${by}`),
    exhibition: inLanguage(facts.exhibitionName, locale),
  };
  const key = `meetings:email.${kind}.${reader}`;
  const body = translate(locale, `${key}.body`, params);
  const signature = translate(locale, "email:signature", params);
  const calendar = buildCalendar([entry], { name: entry.title, method: "REQUEST" });
  return {
    to: reader === "visitor" ? visitor.email : host.email,
    subject: translate(locale, `${key}.subject`, params),
    text: `${body}\n--\n${signature}\n`,
    attachments: [
      {
        filename: "meeting.ics",
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
        content: calendar,
      },
    ],
  };
}
