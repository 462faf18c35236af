/**
 * The demo's registration data: the organiser's "how did you hear about it" choices, and a few
 * registrations by invented people, so one event is full and one has an application to decide.
 * The demo visitor registers for nothing: that is for them (and the end-to-end tests) to do.
 */
import type { HeardFromOptionsTable, RegistrationsTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { pair } from "./bilingual.ts";
import { DEMO_TIME_ZONE, exhibitionId } from "./exhibition.ts";
import { demoId } from "./ids.ts";
import { drawPeople, emailLocalPart, type Person } from "./people.ts";
import { DEMO_FULL_EVENT_CAPACITY, DEMO_FULL_EVENT_ID, DEMO_PREMODERATED_EVENT_ID } from "./programme.ts";
import type { Random } from "./random.ts";
import { addDays, dateInZone, zonedTime } from "./time.ts";

/** The choices in the order the form offers them. */
export const HEARD_FROM = [
  pair("Рассылка", "E-mail newsletter"),
  pair("Коллеги", "Colleagues"),
  pair("Соцсети", "Social networks"),
  pair("Поисковик", "Search engine"),
  pair("Сайт партнёра", "Partner's website"),
  pair("Другое", "Other"),
] as const;

const heardFromId = (position: number) => demoId(`heard-from:${position}`);

/** The exhibition's "how did you hear about it" choices. */
export function heardFromRows(now: Date): Insertable<HeardFromOptionsTable>[] {
  return HEARD_FROM.map((label, position) => ({
    ...{ id: heardFromId(position), exhibition_id: exhibitionId, label_ru: label.ru, label_en: label.en },
    ...{ position, archived_at: null, created_at: now.toISOString() },
  }));
}

const COMPANIES = [
  pair("Гимназия № 5", "Gymnasium No. 5"),
  pair("Колледж связи", "College of Communications"),
  pair("ООО «Учебный центр „Профи“»", "Profi Training Centre"),
];
const POSITIONS = [pair("Завуч", "Deputy head"), pair("Методист", "Curriculum specialist")];

function registrationOf(random: Random, person: Person, index: number, eventId: string, now: Date) {
  const createdAt = new Date(now.getTime() - (index + 1) * 3_600_000).toISOString();
  return {
    ...{ id: demoId(`registration:${eventId}:${index}`), event_id: eventId, user_id: null },
    ...{ last_name: person.last.ru, first_name: person.first.ru, company: random.pick(COMPANIES).ru },
    ...{ position: random.pick(POSITIONS).ru, email: `${emailLocalPart(person)}@example.com` },
    ...{
      phone: `+7 (9${random.int(10, 99)}) ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`,
    },
    ...{ heard_from: heardFromId(random.int(0, HEARD_FROM.length - 1)), locale: "ru" as const },
    ...{ reason: null, created_at: createdAt, attended_at: null },
    // Taken by phone by the organiser, as SEEDS.md 001 allows.
    registered_by: demoId("user:organiser@demo.pavilion"),
  };
}

/** When an application made at `appliedAt` must be decided: within 2 days, and before the day before the event. */
export function decisionDueAt(appliedAt: Date, eventStartsAt: string): string {
  const dayBefore = addDays(dateInZone(new Date(eventStartsAt), DEMO_TIME_ZONE), -1);
  const dayBeforeStarts = zonedTime(dayBefore, "00:00", DEMO_TIME_ZONE).getTime();
  return new Date(Math.min(appliedAt.getTime() + 2 * 86_400_000, dayBeforeStarts)).toISOString();
}

/** Two accepted registrations filling the full event, and one application waiting for a decision. */
export function registrationRows(
  random: Random,
  premoderatedStartsAt: string,
  now: Date,
): Insertable<RegistrationsTable>[] {
  const people = drawPeople(random, DEMO_FULL_EVENT_CAPACITY + 1);
  const full = people.slice(0, DEMO_FULL_EVENT_CAPACITY).map((person, index) => ({
    ...registrationOf(random, person, index, DEMO_FULL_EVENT_ID, now),
    ...{ status: "accepted" as const, decided_at: null, decision_due_at: null },
  }));
  const applicant = people[DEMO_FULL_EVENT_CAPACITY];
  if (applicant === undefined) throw new Error("The demo needs an applicant");
  const application = registrationOf(random, applicant, 0, DEMO_PREMODERATED_EVENT_ID, now);
  return [
    ...full,
    {
      ...application,
      ...{ status: "pending", decided_at: null },
      decision_due_at: decisionDueAt(new Date(application.created_at), premoderatedStartsAt),
    },
  ];
}
