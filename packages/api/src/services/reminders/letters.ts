/** The reminder letters, in the registrant's language, with the event's time in the event's time zone. */
import { TZDate, tzName } from "@date-fns/tz";
import { type SupportedLocale, translate } from "@pavilion/i18n";
import { format } from "date-fns";
import { enGB, ru } from "date-fns/locale";
import type { OutgoingMail } from "../mail/mailer.ts";
import type { ReminderWhich } from "./schedule.ts";

export interface ReminderLetterInput {
  to: string;
  name: string;
  title: string;
  exhibition: string;
  startsAt: Date;
  timeZone: string;
  url: string;
}

/** "Monday, 23 November 2026", "13:00" and "Europe/Moscow, GMT+3" for the event's own zone. */
export function localTimeParts(startsAt: Date, timeZone: string, locale: SupportedLocale) {
  const local = new TZDate(startsAt.getTime(), timeZone);
  const dateLocale = locale === "ru" ? ru : enGB;
  return {
    date: format(local, "EEEE, d MMMM yyyy", { locale: dateLocale }),
    time: format(local, "HH:mm"),
    zone: `${timeZone}, ${tzName(timeZone, startsAt, "short")}`,
  };
}

/** Composes one reminder from the reminderEmail catalogue. */
export function reminderLetter(
  which: ReminderWhich,
  locale: SupportedLocale,
  input: ReminderLetterInput,
): OutgoingMail {
  const parts = localTimeParts(input.startsAt, input.timeZone, locale);
  const when = translate(locale, "reminderEmail:when", parts);
  const params = { ...parts, when, name: input.name, title: input.title, url: input.url };
  const subject = translate(locale, `reminderEmail:${which}.subject`, params);
  const body = translate(locale, `reminderEmail:${which}.body`, params);
  const signature = translate(locale, "email:signature", { exhibition: input.exhibition });
  return { to: input.to, subject, text: `${body}\n--\n${signature}\n` };
}
