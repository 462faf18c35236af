/** The whole demo as rows, computed without touching the database or the disk. */
import type {
  EventAgendaItemsTable,
  EventSpeakersTable,
  EventsTable,
  HeardFromOptionsTable,
  RegistrationsTable,
  SpeakersTable,
} from "@pavilion/db";
import type { Insertable } from "kysely";
import { agendaFor, speakersByEvent } from "./agenda.ts";
import { capitalised, WEBINAR_TALKS } from "./agenda-topics.ts";
import type { Bilingual } from "./bilingual.ts";
import { type ExhibitorPlan, planExhibitors } from "./exhibitors.ts";
import { DEMO_PREMODERATED_EVENT_ID, programmeRows } from "./programme.ts";
import { TOPICS } from "./programme-topics.ts";
import { type Random, randomFor } from "./random.ts";
import { heardFromRows, registrationRows } from "./registrations.ts";
import { PROGRAMME_SPEAKERS, speakerRows } from "./speakers.ts";
import { webinarRows } from "./webinars.ts";

// Changing the seed changes every name of the demo; each part draws from its own stream.
export const DEMO_SEED = "pavilion-demo-2026";
const WEBINAR_HOSTS = 10;

export interface DemoPlan {
  exhibitors: ExhibitorPlan[];
  speakers: Insertable<SpeakersTable>[];
  events: Insertable<EventsTable>[];
  eventSpeakers: EventSpeakersTable[];
  agendaItems: Insertable<EventAgendaItemsTable>[];
  heardFromOptions: Insertable<HeardFromOptionsTable>[];
  registrations: Insertable<RegistrationsTable>[];
}

/** Plans exhibitors, speakers, the programme and the webinars for a given "now". */
export function planDemo(now: Date): DemoPlan {
  const exhibitors = planExhibitors(randomFor(`${DEMO_SEED}:exhibitors`), now);
  const [first, ...rest] = exhibitors;
  if (first === undefined) throw new Error("The demo needs exhibitors");
  // The demo exhibitor account's company hosts the first webinar, so its cabinet shows one.
  const approved = rest.filter((exhibitor) => exhibitor.status === "approved");
  const hosts = [first, ...randomFor(`${DEMO_SEED}:hosts`).sample(approved, WEBINAR_HOSTS - 1)];
  const speakers = speakerRows(randomFor(`${DEMO_SEED}:speakers`), exhibitors, hosts, now);
  const speakerIds = speakers.map((speaker) => speaker.id);
  const programme = programmeRows(
    randomFor(`${DEMO_SEED}:programme`),
    speakerIds.slice(0, PROGRAMME_SPEAKERS),
    now,
  );
  const webinars = webinarRows(
    randomFor(`${DEMO_SEED}:webinars`),
    hosts,
    speakerIds.slice(PROGRAMME_SPEAKERS),
    now,
  );
  const events = [...programme.events, ...webinars.events];
  const eventSpeakers = [...programme.eventSpeakers, ...webinars.eventSpeakers];
  // Talking points of the programme's slot make its talks; webinars follow one pattern.
  const talksOf = (random: Random, event: Insertable<EventsTable>, speakers: number): Bilingual[] => {
    const slot = programme.slotOf.get(event.id);
    const minutes = (Date.parse(event.ends_at) - Date.parse(event.starts_at)) / 60_000;
    if (slot === undefined) return WEBINAR_TALKS.slice(0, minutes >= 60 ? 3 : 2);
    return random.sample(TOPICS[slot].points, Math.min(3, Math.max(2, speakers))).map(capitalised);
  };
  const agendaRandom = randomFor(`${DEMO_SEED}:agenda`);
  const lineUps = speakersByEvent(eventSpeakers);
  const agendaItems = events.flatMap((event) => {
    const speakers = lineUps.get(event.id) ?? [];
    return agendaFor(agendaRandom, event, talksOf(agendaRandom, event, speakers.length), speakers);
  });
  const premoderated = events.find((event) => event.id === DEMO_PREMODERATED_EVENT_ID);
  if (premoderated === undefined) throw new Error("The demo needs its pre-moderated event");
  return {
    ...{ exhibitors, speakers, events, eventSpeakers, agendaItems },
    heardFromOptions: heardFromRows(now),
    registrations: registrationRows(randomFor(`${DEMO_SEED}:registrations`), premoderated.starts_at, now),
  };
}
