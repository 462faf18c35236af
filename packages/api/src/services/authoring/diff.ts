/** What a proposed version of an event changes against the public one, field by field, as text. */
import type { EventDraft, FieldChange } from "@pavilion/schema";

type AgendaItem = EventDraft["agenda"][number];

/** Speakers' names by id, for the text of the speakers and agenda fields. */
export type SpeakerNames = ReadonlyMap<string, string>;

function speakersText(draft: EventDraft, names: SpeakerNames): string {
  return draft.speakers.map((s) => `${names.get(s.speakerId) ?? s.speakerId} (${s.role})`).join("; ");
}

/** One agenda item as one line of text: time, length, kind, titles, speaker, then its theses. */
export function agendaItemText(item: AgendaItem, names: SpeakerNames): string {
  const title = [item.title.ru, item.title.en].filter((text) => text !== "").join(" / ");
  const speaker = item.speakerId === null ? "" : ` · ${names.get(item.speakerId) ?? item.speakerId}`;
  const theses = [...item.theses.ru, ...item.theses.en].map((thesis) => `\n— ${thesis}`).join("");
  return `${item.startsAt} · ${item.durationMinutes} min · ${item.kind} · ${title}${speaker}${theses}`;
}

function scalarFields(draft: EventDraft): Record<string, string | null> {
  return {
    format: draft.format,
    "title.ru": draft.title.ru,
    "title.en": draft.title.en,
    "description.ru": draft.description.ru,
    "description.en": draft.description.en,
    stream: draft.stream,
    startsAt: new Date(draft.startsAt).toISOString(),
    endsAt: new Date(draft.endsAt).toISOString(),
    capacity: draft.capacity === null ? null : String(draft.capacity),
    registrationMode: draft.registrationMode,
    "access.watch": draft.access.watch,
    "access.questions": draft.access.questions,
    "access.recording": draft.access.recording,
  };
}

/**
 * The fields whose value differs, in the form's order: the scalar fields, "speakers" (names and
 * roles in order) and "agenda.<n>" per item position (null where one version has no such item).
 */
export function diffDrafts(before: EventDraft, after: EventDraft, names: SpeakerNames): FieldChange[] {
  const changes: FieldChange[] = [];
  const push = (field: string, a: string | null, b: string | null) => {
    if (a !== b) changes.push({ field, before: a, after: b });
  };
  const a = scalarFields(before);
  const b = scalarFields(after);
  for (const field of Object.keys(b)) push(field, a[field] ?? null, b[field] ?? null);
  push("speakers", speakersText(before, names), speakersText(after, names));
  const items = Math.max(before.agenda.length, after.agenda.length);
  for (let i = 0; i < items; i++) {
    const was = before.agenda[i];
    const now = after.agenda[i];
    push(`agenda.${i}`, was ? agendaItemText(was, names) : null, now ? agendaItemText(now, names) : null);
  }
  return changes;
}
