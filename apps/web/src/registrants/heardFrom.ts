/**
 * The organiser's draft of the "how did you hear about it" choices: add, remove, move,
 * and what the API's saveHeardFromOptions takes. Plain functions so the editor stays thin.
 */
import type { HeardFromOption } from "@pavilion/schema";

export interface DraftChoice {
  /** Stable while editing (React's key and focus target); a saved choice's id, or a new one's temporary key. */
  key: string;
  /** Absent for a choice not saved yet. */
  id?: string;
  label: { ru: string; en: string };
}

let counter = 0;

/** The saved choices as a draft. */
export function draftOf(options: readonly HeardFromOption[]): DraftChoice[] {
  return options.map((option) => ({ key: option.id, id: option.id, label: { ...option.label } }));
}

/** An empty choice at the end. */
export function addChoice(draft: readonly DraftChoice[]): DraftChoice[] {
  counter += 1;
  return [...draft, { key: `new-${counter}`, label: { ru: "", en: "" } }];
}

export function removeChoice(draft: readonly DraftChoice[], index: number): DraftChoice[] {
  return draft.filter((_, at) => at !== index);
}

/** Moves a choice one place up (-1) or down (+1); the same list when it cannot move. */
export function moveChoice(draft: readonly DraftChoice[], index: number, delta: -1 | 1): DraftChoice[] {
  const target = index + delta;
  const moving = draft[index];
  const other = draft[target];
  if (!moving || !other) return [...draft];
  const next = [...draft];
  next[index] = other;
  next[target] = moving;
  return next;
}

export function relabel(
  draft: readonly DraftChoice[],
  index: number,
  language: "ru" | "en",
  text: string,
): DraftChoice[] {
  return draft.map((choice, at) =>
    at === index ? { ...choice, label: { ...choice.label, [language]: text } } : choice,
  );
}

/** What saveHeardFromOptions takes: the choices in order, saved ones by id. */
export function saveInput(draft: readonly DraftChoice[]): {
  options: { id?: string; label: { ru: string; en: string } }[];
} {
  return {
    options: draft.map((choice) =>
      choice.id ? { id: choice.id, label: choice.label } : { label: choice.label },
    ),
  };
}

/** The form's name of one label field; the API reports errors under the same path. */
export function labelField(index: number, language: "ru" | "en"): string {
  return `options.${index}.label.${language}`;
}

/** Reads a label field's path back: its choice's index and language, or null for any other field. */
export function parseLabelField(field: string): { index: number; language: "ru" | "en" } | null {
  const match = /^options\.(\d+)\.label\.(ru|en)$/.exec(field);
  if (!match) return null;
  return { index: Number(match[1]), language: match[2] as "ru" | "en" };
}

/** Whether the draft differs from what is saved (order included). */
export function isChanged(draft: readonly DraftChoice[], saved: readonly HeardFromOption[]): boolean {
  if (draft.length !== saved.length) return true;
  return draft.some((choice, index) => {
    const option = saved[index];
    return (
      !option ||
      choice.id !== option.id ||
      choice.label.ru !== option.label.ru ||
      choice.label.en !== option.label.en
    );
  });
}
