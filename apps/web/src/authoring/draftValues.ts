/**
 * The event editor's values as the form holds them (text in inputs, times on the exhibition's
 * clocks) and the EventDraft the API takes, both ways, as plain functions.
 */
import type { AgendaItemKind, EditableEvent, EventDraft, EventFormat } from "@pavilion/schema";
import type { Bilingual } from "../cabinet/forms/BilingualField.tsx";
import { addMinutes, daysBetween, minutesBetween, utcIsoToZoned, zonedToUtcIso } from "./zonedTime.ts";

export type { Bilingual };

export interface SpeakerRow {
  key: string;
  speakerId: string;
  role: "speaker" | "moderator";
}

export interface AgendaRow {
  key: string;
  kind: AgendaItemKind;
  /** "HH:MM" on the event's day. */
  start: string;
  duration: string;
  title: Bilingual;
  theses: { ru: string[]; en: string[] };
  /** "" for none. */
  speakerId: string;
}

export interface EditorValues {
  format: EventFormat;
  title: Bilingual;
  description: Bilingual;
  stream: string;
  day: string;
  start: string;
  end: string;
  /** "" for unlimited. */
  capacity: string;
  registrationMode: EventDraft["registrationMode"];
  access: EventDraft["access"];
  speakers: SpeakerRow[];
  agenda: AgendaRow[];
}

export type ExhibitionDays = EditableEvent["exhibition"];

let nextKey = 0;
/** A key for a list row that stays with it while rows move. */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

/** A new event: the first exhibition day from today on, 11:00–12:00 (the grid's first slot). */
export function blankValues(exhibition: ExhibitionDays, today: string): EditorValues {
  const days = daysBetween(exhibition.startsOn, exhibition.endsOn);
  const day = days.find((candidate) => candidate >= today) ?? days[0] ?? today;
  return {
    format: "seminar",
    title: { ru: "", en: "" },
    description: { ru: "", en: "" },
    stream: "",
    day,
    start: "11:00",
    end: "12:00",
    capacity: "",
    registrationMode: "open",
    access: { watch: "everyone", questions: "viewers", recording: "signed_in" },
    speakers: [],
    agenda: [],
  };
}

/** A new agenda row starting where the previous one ends (or at the event's start). */
export function newAgendaRow(values: EditorValues, kind: AgendaItemKind = "talk"): AgendaRow {
  const last = values.agenda.at(-1);
  const start = last ? addMinutes(last.start, Number(last.duration) || 0) : values.start;
  return {
    key: rowKey(),
    kind,
    start,
    duration: kind === "talk" ? "30" : "15",
    title: { ru: "", en: "" },
    theses: kind === "talk" ? { ru: ["", ""], en: ["", ""] } : { ru: [], en: [] },
    speakerId: "",
  };
}

/** The editor's values of a saved draft, on the exhibition's clocks. */
export function valuesFromDraft(draft: EditableEvent["draft"], timeZone: string): EditorValues {
  const start = utcIsoToZoned(draft.startsAt, timeZone);
  const end = utcIsoToZoned(draft.endsAt, timeZone);
  return {
    format: draft.format,
    title: { ...draft.title },
    description: { ...draft.description },
    stream: draft.stream ?? "",
    day: start.day,
    start: start.time,
    end: end.time,
    capacity: draft.capacity === null ? "" : String(draft.capacity),
    registrationMode: draft.registrationMode,
    access: { ...draft.access },
    speakers: draft.speakers.map((speaker) => ({ key: rowKey(), ...speaker })),
    agenda: draft.agenda.map((item) => ({
      key: rowKey(),
      kind: item.kind,
      start: utcIsoToZoned(item.startsAt, timeZone).time,
      duration: String(item.durationMinutes),
      title: { ...item.title },
      theses: { ru: [...item.theses.ru], en: [...item.theses.en] },
      speakerId: item.speakerId ?? "",
    })),
  };
}

const filled = (list: string[]) => list.map((text) => text.trim()).filter((text) => text !== "");

function numberOrNaN(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

/**
 * What the API takes. Unfinished times become "" and blank theses are dropped, so the shared
 * schema names the field in trouble; the end is on the start's day (events last hours, not days).
 */
export function draftFromValues(values: EditorValues, timeZone: string): EventDraft {
  const at = (time: string) => zonedToUtcIso(values.day, time, timeZone) ?? "";
  const endsNextDay = (minutesBetween(values.start, values.end) ?? 0) < 0;
  return {
    format: values.format,
    title: values.title,
    description: values.description,
    stream: values.stream.trim() === "" ? null : values.stream.trim(),
    startsAt: at(values.start),
    endsAt: endsNextDay ? at("00:00") : at(values.end),
    capacity: values.capacity.trim() === "" ? null : numberOrNaN(values.capacity),
    registrationMode: values.registrationMode,
    access: values.access,
    speakers: values.speakers.map(({ speakerId, role }) => ({ speakerId, role })),
    agenda: values.agenda.map((row) => ({
      kind: row.kind,
      startsAt: at(row.start),
      durationMinutes: numberOrNaN(row.duration),
      title: row.title,
      theses:
        row.kind === "talk" ? { ru: filled(row.theses.ru), en: filled(row.theses.en) } : { ru: [], en: [] },
      speakerId: row.speakerId === "" ? null : row.speakerId,
    })),
  };
}

/** The list with the item at `index` moved by `delta` places (unchanged at the ends). */
export function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
}
