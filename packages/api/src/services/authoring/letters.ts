/**
 * Letters about written events, each in its reader's language: decisions to the authors, and a
 * new time (with the updated .ics) or a cancellation to the registrants.
 */
import type { Database, Event, Locale, Registration } from "@pavilion/db";
import { translate } from "@pavilion/i18n";
import { exhibitionName, inLanguage } from "../cabinet/names.ts";
import type { Mailer, OutgoingMail } from "../mail/mailer.ts";
import { buildCalendar, calendarEntryFor } from "../programme/ics.ts";
import { eventTimeWords } from "../registration/time-words.ts";
import { authorsOf } from "./authors.ts";

export type AuthorLetter = "approved" | "sentBack" | "revisionApproved" | "revisionSentBack";

function compose(
  name: AuthorLetter | "timeChanged" | "cancelled",
  locale: Locale,
  to: string,
  params: Record<string, string>,
): OutgoingMail {
  const subject = translate(locale, `authoringEmail:${name}.subject`, params);
  const body = translate(locale, `authoringEmail:${name}.body`, params);
  const signature = translate(locale, "email:signature", params);
  return { to, subject, text: `${body}\n--\n${signature}\n` };
}

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, "");

/** The event's public page. */
export function eventUrl(publicUrl: string, eventId: string): string {
  return `${base(publicUrl)}/events/${eventId}`;
}

/** Where its authors edit the event: the company's cabinet, or the organisers' programme. */
export function editUrl(publicUrl: string, event: Pick<Event, "id" | "exhibitor_id">): string {
  return event.exhibitor_id === null
    ? `${base(publicUrl)}/admin/programme/${event.id}`
    : `${base(publicUrl)}/cabinet/${event.exhibitor_id}/events/${event.id}`;
}

/** Tells the event's authors of the organisers' decision (sent after it committed). */
export async function tellAuthors(
  db: Database,
  mailer: Mailer,
  event: Event,
  letter: AuthorLetter,
  details: { publicUrl: string; note?: string },
): Promise<void> {
  const exhibition = await exhibitionName(db);
  for (const author of await authorsOf(db, event)) {
    const locale = author.locale;
    await mailer.send(
      compose(letter, locale, author.email, {
        ...{ name: author.name, event: inLanguage({ ru: event.title_ru, en: event.title_en }, locale) },
        ...{ exhibition: inLanguage(exhibition, locale), note: details.note ?? "" },
        ...{ url: eventUrl(details.publicUrl, event.id), editUrl: editUrl(details.publicUrl, event) },
      }),
    );
  }
}

/** Accepted and pending registrants: the people holding a seat. */
export async function seatHolders(db: Database, eventId: string): Promise<Registration[]> {
  return db
    .selectFrom("registrations")
    .selectAll()
    .where("event_id", "=", eventId)
    .where("status", "in", ["accepted", "pending"])
    .orderBy("created_at")
    .execute();
}

interface RegistrantLetterFacts {
  event: Event;
  exhibition: { ru: string; en: string };
  publicUrl: string;
}

function registrantParams(registration: Registration, facts: RegistrantLetterFacts) {
  const locale = registration.locale;
  const { event } = facts;
  return {
    name: `${registration.first_name} ${registration.last_name}`.trim(),
    event: inLanguage({ ru: event.title_ru, en: event.title_en }, locale),
    when: eventTimeWords(event, locale),
    url: eventUrl(facts.publicUrl, event.id),
    programmeUrl: `${base(facts.publicUrl)}/programme`,
    exhibition: inLanguage(facts.exhibition, locale),
  };
}

/** "The event has a new time": the old and new times and the updated event.ics. */
export function timeChangedLetter(
  registration: Registration,
  facts: RegistrantLetterFacts & { before: Pick<Event, "starts_at" | "ends_at" | "timezone"> },
): OutgoingMail {
  const locale = registration.locale;
  const params = { ...registrantParams(registration, facts), before: eventTimeWords(facts.before, locale) };
  const mail = compose("timeChanged", locale, registration.email, params);
  const entry = calendarEntryFor(facts.event, locale, facts.publicUrl);
  mail.attachments = [
    {
      filename: "event.ics",
      contentType: "text/calendar; charset=utf-8; method=REQUEST",
      content: buildCalendar([entry], { name: entry.title, method: "REQUEST" }),
    },
  ];
  return mail;
}

/** "The event is cancelled", with the reason. */
export function cancelledLetter(
  registration: Registration,
  facts: RegistrantLetterFacts & { reason: string },
): OutgoingMail {
  const params = { ...registrantParams(registration, facts), reason: facts.reason };
  return compose("cancelled", registration.locale, registration.email, params);
}
