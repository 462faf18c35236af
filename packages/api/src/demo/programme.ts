/**
 * The organiser's programme on the daily grid of the congress memo (11:00–18:00,
 * Moscow time): regional hour, plenary, practical session, educational hour and
 * industry hour, in parallel streams, for today and the next three days.
 */
import type { EventFormat, EventSpeakersTable, EventsTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { DEMO_TIME_ZONE, exhibitionId } from "./exhibition.ts";
import { demoId } from "./ids.ts";
import { type SlotKey, TOPICS } from "./programme-topics.ts";
import type { Random } from "./random.ts";
import { addDays, dateInZone, zonedTime } from "./time.ts";

export interface GridSlot {
  key: SlotKey;
  start: string;
  end: string;
  streams: readonly string[];
  formats: readonly EventFormat[];
  /** Speakers besides the moderator. */
  speakers: number;
}

/** The daily grid, in Moscow wall-clock time. */
export const DAILY_GRID: readonly GridSlot[] = [
  { key: "regional", start: "11:00", end: "12:00", streams: ["A", "B"], formats: ["seminar"], speakers: 2 },
  { key: "plenary", start: "12:30", end: "14:00", streams: ["A"], formats: ["presentation"], speakers: 4 },
  {
    key: "practical",
    start: "14:30",
    end: "15:30",
    streams: ["A", "B"],
    formats: ["workshop", "master_class"],
    speakers: 2,
  },
  {
    key: "educational",
    start: "16:00",
    end: "17:00",
    streams: ["A", "B"],
    formats: ["seminar", "master_class"],
    speakers: 3,
  },
  {
    key: "industry",
    start: "17:00",
    end: "18:00",
    streams: ["A", "B"],
    formats: ["presentation", "other"],
    speakers: 3,
  },
];

export const PROGRAMME_DAYS = 4;

const programmeEventId = (day: number, slot: SlotKey, stream: string) =>
  demoId(`event:programme:${day}:${slot}:${stream}`);

/** Tomorrow's practical session in stream B: two seats, both taken, so its form says "no seats left". */
export const DEMO_FULL_EVENT_ID = programmeEventId(1, "practical", "B");
export const DEMO_FULL_EVENT_CAPACITY = 2;
/** The educational hour in stream A in three days: applications wait for the organiser's approval. */
export const DEMO_PREMODERATED_EVENT_ID = programmeEventId(3, "educational", "A");

export interface ProgrammeRows {
  events: Insertable<EventsTable>[];
  eventSpeakers: EventSpeakersTable[];
  /** The slot of the daily grid each event fills, for its agenda's talking points. */
  slotOf: Map<string, SlotKey>;
}

/** The programme for today (in Moscow) and the following days; speakers never in two places at once. */
export function programmeRows(random: Random, speakerIds: readonly string[], now: Date): ProgrammeRows {
  const today = dateInZone(now, DEMO_TIME_ZONE);
  const events: Insertable<EventsTable>[] = [];
  const eventSpeakers: EventSpeakersTable[] = [];
  const slotOf = new Map<string, SlotKey>();
  for (let day = 0; day < PROGRAMME_DAYS; day++) {
    const date = addDays(today, day);
    for (const slot of DAILY_GRID) {
      const needed = slot.streams.length * (slot.speakers + 1);
      const people = random.sample(speakerIds, needed);
      slot.streams.forEach((stream, streamIndex) => {
        const id = programmeEventId(day, slot.key, stream);
        slotOf.set(id, slot.key);
        const titleIndex = (day * slot.streams.length + streamIndex) % TOPICS[slot.key].titles.length;
        events.push(programmeEvent(random, id, slot, stream, titleIndex, date, now));
        const lineUp = people.slice(
          streamIndex * (slot.speakers + 1),
          (streamIndex + 1) * (slot.speakers + 1),
        );
        lineUp.forEach((speakerId, position) => {
          eventSpeakers.push({
            event_id: id,
            speaker_id: speakerId,
            role: position === 0 ? "moderator" : "speaker",
            position,
          });
        });
      });
    }
  }
  return { events, eventSpeakers, slotOf };
}

function programmeEvent(
  random: Random,
  id: string,
  slot: GridSlot,
  stream: string,
  titleIndex: number,
  date: string,
  now: Date,
): Insertable<EventsTable> {
  const topics = TOPICS[slot.key];
  const title = topics.titles[titleIndex];
  if (title === undefined) throw new Error(`No title ${titleIndex} for the ${slot.key} slot`);
  const points = random.sample(topics.points, 3);
  return {
    id,
    exhibition_id: exhibitionId,
    exhibitor_id: null,
    kind: "programme",
    format: random.pick(slot.formats),
    stream,
    title_ru: title.ru,
    title_en: title.en,
    description_ru:
      `${topics.intro.ru} Обсудим: ${points.map((p) => p.ru).join("; ")}. ` +
      "Вопросы спикерам — в чате трансляции; запись появится в библиотеке сразу после эфира.",
    description_en:
      `${topics.intro.en} On the agenda: ${points.map((p) => p.en).join("; ")}. ` +
      "Ask the speakers in the stream chat; the recording appears in the library right after the broadcast.",
    starts_at: zonedTime(date, slot.start, DEMO_TIME_ZONE).toISOString(),
    ends_at: zonedTime(date, slot.end, DEMO_TIME_ZONE).toISOString(),
    timezone: DEMO_TIME_ZONE,
    capacity: id === DEMO_FULL_EVENT_ID ? DEMO_FULL_EVENT_CAPACITY : null,
    registration_mode: id === DEMO_PREMODERATED_EVENT_ID ? "premoderated" : "open",
    access: "everyone",
    status: "approved",
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
}
