/**
 * An event as its author writes it (EventDraft) and the rows it lives in: the events row, its
 * speakers and its agenda items. A revision keeps a draft as JSON until organisers approve it.
 */
import type { Database, Event } from "@pavilion/db";
import type { EventDraft } from "@pavilion/schema";
import { thesesOf } from "../programme/event-page.ts";

/** Times in UTC as the database keeps them, an empty stream as none, theses one line each. */
export function normaliseDraft(draft: EventDraft): EventDraft {
  const utc = (iso: string) => new Date(iso).toISOString();
  const line = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ");
  return {
    ...draft,
    stream: draft.stream?.trim() ? draft.stream.trim() : null,
    startsAt: utc(draft.startsAt),
    endsAt: utc(draft.endsAt),
    agenda: draft.agenda.map((item) => ({
      ...item,
      startsAt: utc(item.startsAt),
      theses: { ru: item.theses.ru.map(line), en: item.theses.en.map(line) },
    })),
  };
}

/** The draft of an event as its rows hold it now (the public version of an approved event). */
export async function loadEventDraft(db: Database, event: Event): Promise<EventDraft> {
  const [speakers, agenda] = await Promise.all([
    db
      .selectFrom("event_speakers")
      .select(["speaker_id", "role"])
      .where("event_id", "=", event.id)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("event_agenda_items")
      .selectAll()
      .where("event_id", "=", event.id)
      .orderBy("position")
      .execute(),
  ]);
  return {
    format: event.format,
    title: { ru: event.title_ru, en: event.title_en },
    description: { ru: event.description_ru, en: event.description_en },
    stream: event.stream,
    startsAt: event.starts_at,
    endsAt: event.ends_at,
    capacity: event.capacity,
    registrationMode: event.registration_mode,
    access: { watch: event.access, questions: event.question_access, recording: event.recording_access },
    speakers: speakers.map((row) => ({ speakerId: row.speaker_id, role: row.role })),
    agenda: agenda.map((item) => ({
      kind: item.kind,
      startsAt: item.starts_at,
      durationMinutes: item.duration_minutes,
      title: { ru: item.title_ru, en: item.title_en },
      theses: { ru: thesesOf(item.theses_ru), en: thesesOf(item.theses_en) },
      speakerId: item.speaker_id,
    })),
  };
}

/** What an event_revisions row's payload holds. */
interface RevisionPayload {
  draft: EventDraft;
}

/** The payload to store for a proposed draft. */
export function revisionPayload(draft: EventDraft): string {
  const payload: RevisionPayload = { draft };
  return JSON.stringify(payload);
}

/** The proposed draft a revision holds. */
export function draftOfRevision(payload: string): EventDraft {
  return (JSON.parse(payload) as RevisionPayload).draft;
}

/** The events row's columns for a draft. */
export function eventColumns(draft: EventDraft) {
  return {
    format: draft.format,
    title_ru: draft.title.ru,
    title_en: draft.title.en,
    description_ru: draft.description.ru,
    description_en: draft.description.en,
    stream: draft.stream,
    starts_at: draft.startsAt,
    ends_at: draft.endsAt,
    capacity: draft.capacity,
    registration_mode: draft.registrationMode,
    access: draft.access.watch,
    question_access: draft.access.questions,
    recording_access: draft.access.recording,
  };
}

/** Replaces the event's speakers and agenda with the draft's (inside the caller's transaction). */
export async function writeSpeakersAndAgenda(
  trx: Database,
  eventId: string,
  draft: EventDraft,
): Promise<void> {
  await trx.deleteFrom("event_agenda_items").where("event_id", "=", eventId).execute();
  await trx.deleteFrom("event_speakers").where("event_id", "=", eventId).execute();
  if (draft.speakers.length > 0)
    await trx
      .insertInto("event_speakers")
      .values(
        draft.speakers.map((speaker, position) => ({
          ...{ event_id: eventId, speaker_id: speaker.speakerId, role: speaker.role, position },
        })),
      )
      .execute();
  if (draft.agenda.length > 0)
    await trx
      .insertInto("event_agenda_items")
      .values(
        draft.agenda.map((item, position) => ({
          ...{ id: crypto.randomUUID(), event_id: eventId, position, starts_at: item.startsAt },
          ...{ duration_minutes: item.durationMinutes, kind: item.kind },
          ...{ title_ru: item.title.ru, title_en: item.title.en, speaker_id: item.speakerId },
          ...{ theses_ru: item.theses.ru.join("\n"), theses_en: item.theses.en.join("\n") },
        })),
      )
      .execute();
}
