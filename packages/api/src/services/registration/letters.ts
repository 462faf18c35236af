/**
 * The letters a registrant gets: accepted (with the .ics), received (pending, with the decision
 * deadline), approved after waiting (with the .ics), rejected (with the reason and a way back),
 * cancelled. Always in the registrant's language; never a "click to confirm" link.
 */
import type { Database, Event, Registration } from "@pavilion/db";
import { translate } from "@pavilion/i18n";
import { inLanguage } from "../cabinet/names.ts";
import type { OutgoingMail } from "../mail/mailer.ts";
import { buildCalendar, calendarEntryFor } from "../programme/ics.ts";
import { eventTimeWords, momentWords } from "./time-words.ts";

export type RegistrationLetter = "accepted" | "approved" | "received" | "rejected" | "cancelled";

/** What a letter about a registration speaks of. */
export interface LetterFacts {
  registration: Registration;
  event: Event;
  exhibitionName: { ru: string; en: string };
  publicUrl: string;
}

/** Loads the facts for a letter about the registration. */
export async function letterFacts(
  db: Database,
  registrationId: string,
  publicUrl: string,
): Promise<LetterFacts> {
  const registration = await db
    .selectFrom("registrations")
    .selectAll()
    .where("id", "=", registrationId)
    .executeTakeFirstOrThrow();
  const event = await db
    .selectFrom("events")
    .selectAll()
    .where("id", "=", registration.event_id)
    .executeTakeFirstOrThrow();
  const exhibition = await db
    .selectFrom("exhibitions")
    .select(["name_ru", "name_en"])
    .where("id", "=", event.exhibition_id)
    .executeTakeFirstOrThrow();
  return {
    registration,
    event,
    exhibitionName: { ru: exhibition.name_ru, en: exhibition.name_en },
    publicUrl,
  };
}

/** Composes the letter in the registrant's language; accepted and approved ones carry event.ics. */
export function registrationLetter(kind: RegistrationLetter, facts: LetterFacts): OutgoingMail {
  const { registration, event } = facts;
  const locale = registration.locale;
  const entry = calendarEntryFor(event, locale, facts.publicUrl);
  const params = {
    name: `${registration.first_name} ${registration.last_name}`.trim(),
    event: entry.title,
    when: eventTimeWords(event, locale),
    url: entry.url,
    reason: registration.reason ?? "",
    deadline: registration.decision_due_at
      ? momentWords(registration.decision_due_at, event.timezone, locale)
      : "",
    exhibition: inLanguage(facts.exhibitionName, locale),
  };
  const body = translate(locale, `registrationEmail:${kind}.body`, params);
  const signature = translate(locale, "email:signature", params);
  const mail: OutgoingMail = {
    to: registration.email,
    subject: translate(locale, `registrationEmail:${kind}.subject`, params),
    text: `${body}\n--\n${signature}\n`,
  };
  if (kind === "accepted" || kind === "approved") {
    const calendar = buildCalendar([entry], { name: entry.title, method: "REQUEST" });
    mail.attachments = [
      {
        filename: "event.ics",
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
        content: calendar,
      },
    ];
  }
  return mail;
}
