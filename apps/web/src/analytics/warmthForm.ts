/** The warmth weights form's values (strings while typed) and what they mean as settings. */
import {
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_WARMTH_WEIGHTS,
  fieldErrorFromIssue,
  WARMTH_KINDS,
  WARMTH_MINUTES_CAP,
  type WarmthKind,
  type WarmthSettings,
  warmthSettingsSchema,
} from "@pavilion/schema";
import type { AppErrorInfo } from "../lib/errors.ts";

export interface WarmthDraft {
  weights: Record<WarmthKind, string>;
  halfLifeDays: string;
}

/** Kinds counted per minute rather than per action. */
export const PER_MINUTE: ReadonlySet<WarmthKind> = new Set(["booth.minute", "webinar.minute", "tour.minute"]);
export { WARMTH_KINDS, WARMTH_MINUTES_CAP };

/** The form's field name of a weight, as the API reports its errors ("weights.booth.visit"). */
export const weightField = (kind: WarmthKind) => `weights.${kind}`;
export const FIELD_NAMES: readonly string[] = [...WARMTH_KINDS.map(weightField), "halfLifeDays"];

export function draftOf(settings: WarmthSettings): WarmthDraft {
  const weights = Object.fromEntries(WARMTH_KINDS.map((k) => [k, String(settings.weights[k])])) as Record<
    WarmthKind,
    string
  >;
  return { weights, halfLifeDays: String(settings.halfLifeDays) };
}

export const DEFAULT_DRAFT: WarmthDraft = draftOf({
  weights: { ...DEFAULT_WARMTH_WEIGHTS },
  halfLifeDays: DEFAULT_HALF_LIFE_DAYS,
});

function numberOf(text: string): number {
  const trimmed = text.trim().replace(",", ".");
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

/** The settings a draft stands for, or the field errors the API would report for it. */
export function parseDraft(
  draft: WarmthDraft,
): { ok: true; settings: WarmthSettings } | { ok: false; error: AppErrorInfo } {
  const candidate = {
    weights: Object.fromEntries(WARMTH_KINDS.map((k) => [k, numberOf(draft.weights[k])])),
    halfLifeDays: numberOf(draft.halfLifeDays),
  };
  const parsed = warmthSettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const fields: NonNullable<AppErrorInfo["fields"]> = {};
  for (const issue of parsed.error.issues) {
    const { field, error } = fieldErrorFromIssue(issue);
    fields[field] ??= error;
  }
  return { ok: false, error: numberRanges({ code: "validation.invalid", fields }) };
}

/** Range errors on these number fields read "from 0 to 100", not "at least 0 characters". */
export function numberRanges(error: AppErrorInfo): AppErrorInfo {
  if (!error.fields) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([field, fieldError]) => {
      const range = field === "halfLifeDays" ? { min: 1, max: 90 } : { min: 0, max: 100 };
      return [
        field,
        FIELD_NAMES.includes(field) ? { code: "outOfRange" as const, params: range } : fieldError,
      ];
    }),
  );
  return { ...error, fields };
}

/** What `points` earned today are worth after `days`, with this half-life, to a tenth. */
export function decayed(points: number, days: number, halfLifeDays: number): number {
  return Math.round(points * 0.5 ** (days / halfLifeDays) * 10) / 10;
}

export function sameDraft(a: WarmthDraft, b: WarmthDraft): boolean {
  return a.halfLifeDays === b.halfLifeDays && WARMTH_KINDS.every((k) => a.weights[k] === b.weights[k]);
}
