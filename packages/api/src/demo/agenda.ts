/**
 * The timed agenda of every demo event as SEEDS.md 001 lays one out: registration, talks with
 * two or three theses each by the event's speakers, a coffee break in long sessions, questions.
 */
import type { AgendaItemKind, EventAgendaItemsTable, EventSpeakersTable, EventsTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { BREAK_TITLE, QA_TITLE, REGISTRATION_TITLE, THESES } from "./agenda-topics.ts";
import type { Bilingual } from "./bilingual.ts";
import { demoId } from "./ids.ts";
import type { Random } from "./random.ts";

const OPENING_MINUTES = 10;
const CLOSING_MINUTES = 10;
const BREAK_MINUTES = 10;
/** Sessions at least this long get a coffee break after the second talk. */
const BREAK_FROM_MINUTES = 90;

interface Slot {
  kind: AgendaItemKind;
  minutes: number;
  title: Bilingual;
  theses: readonly Bilingual[];
  speakerId: string | null;
}

/** Talk lengths that fill `minutes`, in whole five-minute steps, the last talk taking the rest. */
export function talkLengths(minutes: number, talks: number): number[] {
  const each = Math.max(5, Math.floor(minutes / talks / 5) * 5);
  return Array.from({ length: talks }, (_, i) => (i === talks - 1 ? minutes - each * (talks - 1) : each));
}

/** The agenda of one event: `talkTitles` (two or three) given by its speakers in turn. */
export function agendaFor(
  random: Random,
  event: Pick<Insertable<EventsTable>, "id" | "starts_at" | "ends_at">,
  talkTitles: readonly Bilingual[],
  speakerIds: readonly string[],
): Insertable<EventAgendaItemsTable>[] {
  const length = Math.round((Date.parse(event.ends_at) - Date.parse(event.starts_at)) / 60_000);
  const withBreak = length >= BREAK_FROM_MINUTES;
  const forTalks = length - OPENING_MINUTES - CLOSING_MINUTES - (withBreak ? BREAK_MINUTES : 0);
  const lengths = talkLengths(forTalks, talkTitles.length);
  const talks: Slot[] = talkTitles.map((title, i) => ({
    ...{ kind: "talk", minutes: lengths[i] ?? 5, title },
    theses: random.sample(THESES, random.int(2, 3)),
    speakerId: speakerIds.length > 0 ? (speakerIds[i % speakerIds.length] ?? null) : null,
  }));
  const fixed = (kind: AgendaItemKind, minutes: number, title: Bilingual): Slot => ({
    ...{ kind, minutes, title, theses: [], speakerId: null },
  });
  const slots: Slot[] = [
    fixed("registration", OPENING_MINUTES, REGISTRATION_TITLE),
    ...talks.slice(0, 2),
    ...(withBreak ? [fixed("break", BREAK_MINUTES, BREAK_TITLE)] : []),
    ...talks.slice(2),
    fixed("qa", CLOSING_MINUTES, QA_TITLE),
  ];
  let at = Date.parse(event.starts_at);
  return slots.map((slot, position) => {
    const startsAt = new Date(at).toISOString();
    at += slot.minutes * 60_000;
    return {
      ...{ id: demoId(`agenda:${event.id}:${position}`), event_id: event.id, position, starts_at: startsAt },
      ...{
        duration_minutes: slot.minutes,
        kind: slot.kind,
        title_ru: slot.title.ru,
        title_en: slot.title.en,
      },
      theses_ru: slot.theses.map((t) => t.ru).join("\n"),
      theses_en: slot.theses.map((t) => t.en).join("\n"),
      speaker_id: slot.speakerId,
    };
  });
}

/** The speakers (not moderators) of each event, in their order. */
export function speakersByEvent(eventSpeakers: readonly EventSpeakersTable[]): Map<string, string[]> {
  const byEvent = new Map<string, string[]>();
  const ordered = [...eventSpeakers].sort((a, b) => a.position - b.position);
  for (const row of ordered) {
    if (row.role !== "speaker") continue;
    byEvent.set(row.event_id, [...(byEvent.get(row.event_id) ?? []), row.speaker_id]);
  }
  return byEvent;
}
