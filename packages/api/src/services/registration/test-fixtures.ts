/** Test helpers for registration: a small world of hosts and visitors, events made to measure, the form. */
import type { RegistrationMode } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";
import type { RegistrationForm } from "@pavilion/schema";
import type { CapturedMail, TestApi, TestBrowser } from "../../testing/index.ts";
import type { CabinetTestApi } from "../cabinet/test-fixtures.ts";
import { addStaff, type EventFixture, insertEvent } from "../events/test-fixtures.ts";
import { insertExhibitor } from "../floor/test-fixtures.ts";

export type Person = TestBrowser & { userId: string; email: string };

export interface RegistrationWorld {
  t: TestApi;
  exhibitionId: string;
  organiser: TestBrowser & { userId: string };
  /** acme's staff member, who hosts acme's webinars. */
  host: Person;
  /** Staff of another exhibitor: hosts nothing of acme's. */
  otherHost: Person;
  acme: string;
  other: string;
  /** The "how did you hear about it" choices, in order. */
  heardFrom: string[];
}

let people = 0;

/** Signs a person up in a browser speaking `locale` (their letters come in it). */
export async function signUpIn(t: TestApi, locale: SupportedLocale, name: string): Promise<Person> {
  const browser = t.browser(locale);
  people += 1;
  const email = `reg${people}-${crypto.randomUUID().slice(0, 6)}@example.test`;
  const user = await browser.api.auth.signUp({ name, email, password: "correct horse battery", locale });
  return { ...browser, userId: user.id, email };
}

/** The world every registration test starts from. */
export async function registrationWorld(api: CabinetTestApi): Promise<RegistrationWorld> {
  const { t, organiser } = api;
  const exhibitionId = api.expo.exhibitionId;
  const acme = await insertExhibitor(t.db, exhibitionId, { slug: "acme", floorId: api.expo.food });
  const other = await insertExhibitor(t.db, exhibitionId, { slug: "other", floorId: api.expo.food });
  const host = await signUpIn(t, "en", "Hanna Host");
  const otherHost = await signUpIn(t, "en", "Otto Other");
  await addStaff(t.db, acme, host.userId);
  await addStaff(t.db, other, otherHost.userId);
  const options = await organiser.api.registration.saveHeardFromOptions({
    options: [
      { label: { ru: "От коллег", en: "From colleagues" } },
      { label: { ru: "Рассылка", en: "Newsletter" } },
    ],
  });
  return { t, exhibitionId, organiser, host, otherHost, acme, other, heardFrom: options.map((o) => o.id) };
}

export interface RegistrationEventFixture extends Partial<EventFixture> {
  capacity?: number | null;
  mode?: RegistrationMode;
  titleRu?: string;
}

/**
 * An approved webinar of acme's, open, without a limit, on 27 November 2026 at 10:00–11:00
 * Moscow time unless told.
 */
export async function newEvent(w: RegistrationWorld, e: RegistrationEventFixture = {}): Promise<string> {
  const id = await insertEvent(w.t.db, w.exhibitionId, {
    exhibitorId: w.acme,
    startsAt: "2026-11-27T07:00:00.000Z",
    endsAt: "2026-11-27T08:00:00.000Z",
    ...e,
  });
  await w.t.db
    .updateTable("events")
    .set({
      capacity: e.capacity ?? null,
      registration_mode: e.mode ?? "open",
      title_ru: e.titleRu ?? "Станки с ЧПУ: новое поколение",
      title_en: "CNC machines: the new generation",
    })
    .where("id", "=", id)
    .execute();
  return id;
}

/** A complete, valid form for the person. */
export function formFor(
  w: RegistrationWorld,
  person: { email: string },
  overrides: Partial<RegistrationForm> = {},
) {
  return {
    ...{ lastName: "Иванова", firstName: "Анна", company: "ООО «Станкомаш»", position: "Главный инженер" },
    ...{ email: person.email, phone: "+7 912 345-67-89", heardFrom: w.heardFrom[0] ?? "" },
    ...overrides,
  } satisfies RegistrationForm;
}

/** Letters to the address whose subject contains `subject`. */
export function lettersAbout(t: TestApi, address: string, subject: string): CapturedMail[] {
  const to = address.toLowerCase();
  return t.smtp.messages.filter(
    (mail) => mail.to.some((a) => a.toLowerCase() === to) && mail.subject.includes(subject),
  );
}

/** A property of an .ics text, unfolded, with its TEXT escapes undone. */
export function icsProperty(ics: string, name: string): string | undefined {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const line = lines.find(
    (candidate) => candidate.startsWith(`${name}:`) || candidate.startsWith(`${name};`),
  );
  return line
    ?.replace(/^[^:]*:/, "")
    .replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === "n" ? "\n" : c));
}

/** How many registrations the event has, whatever their status. */
export async function registrationCount(t: TestApi, eventId: string): Promise<number> {
  const rows = await t.db.selectFrom("registrations").select("id").where("event_id", "=", eventId).execute();
  return rows.length;
}
