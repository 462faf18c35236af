/** Test helpers for writing events: a company with an owner and staff, speakers, a valid draft. */
import type { EventDraft, SpeakerFields } from "@pavilion/schema";
import type { TestApi } from "../../testing/index.ts";
import type { CabinetTestApi } from "../cabinet/test-fixtures.ts";
import { createMailDispatcher } from "../mail/dispatcher.ts";
import {
  type Person,
  type RegistrationWorld,
  registrationWorld,
  signUpIn,
} from "../registration/test-fixtures.ts";

export interface AuthoringWorld extends RegistrationWorld {
  /** acme's owner: hears of decisions on acme's events. */
  owner: Person;
  visitor: Person;
}

/** The registration world (acme with its staff `host`, `other` with `otherHost`) plus acme's owner and a visitor. */
export async function authoringWorld(api: CabinetTestApi): Promise<AuthoringWorld> {
  const w = await registrationWorld(api);
  const owner = await signUpIn(w.t, "ru", "Ольга Владелец");
  await w.t.db
    .insertInto("members")
    .values({
      exhibitor_id: w.acme,
      user_id: owner.userId,
      role: "owner",
      created_at: w.t.clock.now.toISOString(),
    })
    .execute();
  const visitor = await signUpIn(w.t, "en", "Victor Visitor");
  return { ...w, owner, visitor };
}

/** A questionnaire filled in both languages. */
export function speakerFields(overrides: Partial<SpeakerFields> = {}): SpeakerFields {
  return {
    name: { ru: "Анна Петрова", en: "Anna Petrova" },
    achievements: { ru: "20 лет в станкостроении", en: "20 years in machine tools" },
    bio: { ru: "Главный инженер, автор патентов.", en: "Chief engineer, holds patents." },
    company: { ru: "ООО «Станкомаш»", en: "Stankomash LLC" },
    phone: "+7 (912) 345-67-89",
    email: "Anna.Petrova@stankomash.example",
    ...overrides,
  };
}

/** 25 November 2026 (exhibition time, Moscow) at the given local time, as ISO UTC. */
export function moscow(time: string, day = "2026-11-25"): string {
  return new Date(`${day}T${time}:00+03:00`).toISOString();
}

/**
 * A valid webinar on 25 November, 11:00–12:30 Moscow: registration, a talk with two theses by
 * `speakerId`, a break, Q&A.
 */
export function eventDraft(speakerId: string, overrides: Partial<EventDraft> = {}): EventDraft {
  return {
    format: "seminar",
    title: { ru: "Станки с ЧПУ: новое поколение", en: "CNC machines: the new generation" },
    description: { ru: "Что нового в станках.", en: "What is new in machine tools." },
    stream: "A",
    startsAt: moscow("11:00"),
    endsAt: moscow("12:30"),
    capacity: 100,
    registrationMode: "open",
    access: { watch: "registered", questions: "registered", recording: "signed_in" },
    speakers: [{ speakerId, role: "speaker" }],
    agenda: [
      agendaItem("registration", "11:00", 15),
      {
        ...agendaItem("talk", "11:15", 45),
        title: { ru: "Пятиосевая обработка", en: "Five-axis machining" },
        theses: { ru: ["Точность", "Скорость"], en: ["Precision", "Speed"] },
        speakerId,
      },
      agendaItem("break", "12:00", 10),
      agendaItem("qa", "12:10", 20),
    ],
    ...overrides,
  };
}

/** An agenda item without theses or speaker, at the local time on 25 November. */
export function agendaItem(
  kind: EventDraft["agenda"][number]["kind"],
  time: string,
  durationMinutes: number,
): EventDraft["agenda"][number] {
  const titles = {
    registration: "Регистрация",
    talk: "Доклад",
    break: "Перерыв",
    qa: "Вопросы",
    other: "Другое",
  };
  return {
    kind,
    startsAt: moscow(time),
    durationMinutes,
    title: { ru: titles[kind], en: kind },
    theses: { ru: [], en: [] },
    speakerId: null,
  };
}

/** Delivers what waits in the outbox to the test's SMTP capture now. */
export async function deliverOutbox(t: TestApi): Promise<number> {
  const dispatcher = createMailDispatcher({
    db: t.db,
    smtpUrl: t.smtp.url,
    from: "Pavilion <test@pavilion.local>",
    now: () => t.clock.now,
  });
  try {
    return await dispatcher.deliverDue();
  } finally {
    await dispatcher.stop();
  }
}
