/** Exhibitors' own webinars and master classes today and tomorrow, beside the programme. */
import type {
  EventAccess,
  EventFormat,
  EventSpeakersTable,
  EventsTable,
  RegistrationMode,
} from "@pavilion/db";
import type { Insertable } from "kysely";
import { type Bilingual, pair } from "./bilingual.ts";
import { DEMO_TIME_ZONE, exhibitionId, type FloorKey } from "./exhibition.ts";
import type { ExhibitorPlan } from "./exhibitors.ts";
import { demoId } from "./ids.ts";
import type { Random } from "./random.ts";
import { addDays, dateInZone, zonedTime } from "./time.ts";

interface WebinarTopic {
  format: EventFormat;
  title: Bilingual;
  about: Bilingual;
}

const TOPICS: Readonly<Record<FloorKey, readonly WebinarTopic[]>> = {
  higher: [
    {
      format: "presentation",
      title: pair("Онлайн-день открытых дверей", "Online open day"),
      about: pair("Расскажем о направлениях, баллах и общежитии.", "Our fields, admission scores and halls."),
    },
    {
      format: "seminar",
      title: pair("Магистратура: как выбрать программу", "Master's degrees: choosing a programme"),
      about: pair("Сравним форматы и поможем с выбором.", "We compare formats and help you choose."),
    },
  ],
  schools: [
    {
      format: "seminar",
      title: pair("Вебинар для родителей: выбор профиля", "For parents: choosing a specialisation"),
      about: pair(
        "Как выбрать профиль вместе с ребёнком.",
        "How to choose a track together with your child.",
      ),
    },
    {
      format: "master_class",
      title: pair("Мастер-класс: первая профессия в колледже", "Master class: a first profession at college"),
      about: pair("Покажем мастерские и учебные проекты.", "A look at our workshops and student projects."),
    },
  ],
  edtech: [
    {
      format: "master_class",
      title: pair("Мастер-класс: первые шаги в программировании", "Master class: first steps in coding"),
      about: pair("Напишем первую программу вместе.", "We write a first program together."),
    },
    {
      format: "workshop",
      title: pair("Практикум: геймификация урока", "Workshop: gamifying a lesson"),
      about: pair(
        "Соберём игровой урок на нашей платформе.",
        "We build a game-based lesson on our platform.",
      ),
    },
  ],
  continuing: [
    {
      format: "workshop",
      title: pair("Практикум: план развития сотрудников", "Workshop: a staff development plan"),
      about: pair("Составим план обучения команды.", "We draft a training plan for a team."),
    },
    {
      format: "master_class",
      title: pair("Мастер-класс: английский для переговоров", "Master class: English for negotiations"),
      about: pair("Фразы и приёмы для деловых встреч.", "Phrases and tactics for business meetings."),
    },
  ],
  abroad: [
    {
      format: "seminar",
      title: pair("Учёба за рубежом: гранты и стипендии", "Studying abroad: grants and scholarships"),
      about: pair(
        "Где искать стипендии и как подать заявку.",
        "Where to find scholarships and how to apply.",
      ),
    },
    {
      format: "presentation",
      title: pair("Поступление за рубеж: пошаговый план", "Applying abroad: a step-by-step plan"),
      about: pair("Сроки, документы и языковые экзамены.", "Deadlines, documents and language tests."),
    },
  ],
};

const START_TIMES = ["11:00", "12:30", "14:00", "15:30", "17:00"];

// Registration setups cycled over the webinars, so each way of joining has an example.
const SETUPS: readonly { mode: RegistrationMode; access: EventAccess; capacity: number }[] = [
  { mode: "open", access: "registered", capacity: 100 },
  { mode: "premoderated", access: "approved", capacity: 50 },
  { mode: "open", access: "everyone", capacity: 200 },
  { mode: "open", access: "signed_in", capacity: 100 },
  { mode: "premoderated", access: "registered", capacity: 100 },
];

const OPEN_TO_EVERYONE = { mode: "open", access: "everyone", capacity: 200 } as const;
// The demo exhibitor's own webinar: anyone may watch and register, with no limit on seats.
const OWN_WEBINAR = { mode: "open", access: "everyone", capacity: null } as const;

/** The demo exhibitor's webinar starts on a quarter hour, more than one of them after the seed. */
const SOON_MINUTES = 15;

/** The quarter hour after the next one: more than 15 and at most 30 minutes after `now`. */
export function startSoonAfter(now: Date): Date {
  const quarter = SOON_MINUTES * 60_000;
  return new Date((Math.floor(now.getTime() / quarter) + 2) * quarter);
}

export interface WebinarRows {
  events: Insertable<EventsTable>[];
  eventSpeakers: EventSpeakersTable[];
}

/**
 * One webinar per host, half today and half tomorrow (the first host's starting soon after `now`);
 * `hostSpeakerIds[i]` speaks at host i's.
 */
export function webinarRows(
  random: Random,
  hosts: readonly ExhibitorPlan[],
  hostSpeakerIds: readonly string[],
  now: Date,
): WebinarRows {
  const today = dateInZone(now, DEMO_TIME_ZONE);
  const events: Insertable<EventsTable>[] = [];
  const eventSpeakers: EventSpeakersTable[] = [];
  hosts.forEach((host, index) => {
    const id = demoId(`event:webinar:${index}`);
    const date = addDays(today, index % 2);
    // The demo exhibitor's own webinar starts soon after the seed, open to everyone: a newcomer
    // can go live as its staff and watch as a visitor right away.
    const soon = index === 0;
    const start = soon
      ? startSoonAfter(now)
      : zonedTime(date, START_TIMES[Math.floor(index / 2) % START_TIMES.length] ?? "11:00", DEMO_TIME_ZONE);
    const minutes = random.pick([45, 60]);
    const topic = random.pick(TOPICS[host.floor]);
    const setup = soon ? OWN_WEBINAR : (SETUPS[index % SETUPS.length] ?? OPEN_TO_EVERYONE);
    events.push({
      id,
      exhibition_id: exhibitionId,
      exhibitor_id: host.id,
      kind: "webinar",
      format: topic.format,
      stream: null,
      title_ru: topic.title.ru,
      title_en: topic.title.en,
      description_ru: `${topic.about.ru} Проводит: ${host.name.ru}. Вопросы — в чате вебинара.`,
      description_en: `${topic.about.en} Hosted by ${host.name.en}. Ask your questions in the webinar chat.`,
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + minutes * 60_000).toISOString(),
      timezone: DEMO_TIME_ZONE,
      capacity: setup.capacity,
      registration_mode: setup.mode,
      access: setup.access,
      status: "approved",
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    const speakerId = hostSpeakerIds[index];
    if (speakerId !== undefined)
      eventSpeakers.push({ event_id: id, speaker_id: speakerId, role: "speaker", position: 0 });
  });
  return { events, eventSpeakers };
}
