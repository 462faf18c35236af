/** The whole demo as rows, computed without touching the database or the disk. */
import type { EventSpeakersTable, EventsTable, SpeakersTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { type ExhibitorPlan, planExhibitors } from "./exhibitors.ts";
import { programmeRows } from "./programme.ts";
import { randomFor } from "./random.ts";
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
  return {
    exhibitors,
    speakers,
    events: [...programme.events, ...webinars.events],
    eventSpeakers: [...programme.eventSpeakers, ...webinars.eventSpeakers],
  };
}
