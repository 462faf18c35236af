/**
 * The statistics period as it lives in the page's address (?from=&to=, days in the exhibition's
 * time zone), its presets, and the report links that carry it.
 */

export interface StatsPeriod {
  /** "YYYY-MM-DD", or "" for the exhibition's first / last day. */
  from: string;
  to: string;
}

export const PRESETS = ["whole", "today", "last7"] as const;
export type Preset = (typeof PRESETS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function readDay(params: URLSearchParams, name: string): string {
  const value = params.get(name) ?? "";
  return DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : "";
}

/** Reads ?from=&to=; a missing or malformed day means the exhibition's own. */
export function readPeriod(params: URLSearchParams): StatsPeriod {
  return { from: readDay(params, "from"), to: readDay(params, "to") };
}

/** The period as query parameters, empty days left out. */
export function periodParams(period: StatsPeriod): URLSearchParams {
  const params = new URLSearchParams();
  if (period.from) params.set("from", period.from);
  if (period.to) params.set("to", period.to);
  return params;
}

/** The same address with the period written in; other parameters are kept. */
export function writePeriod(params: URLSearchParams, period: StatsPeriod): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete("from");
  next.delete("to");
  for (const [name, value] of periodParams(period)) next.set(name, value);
  return next;
}

/** A calendar day moved by `days` (negative: back). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The days a preset stands for, given today in the exhibition's time zone. */
export function presetPeriod(preset: Preset, today: string): StatsPeriod {
  switch (preset) {
    case "whole":
      return { from: "", to: "" };
    case "today":
      return { from: today, to: today };
    case "last7":
      return { from: addDays(today, -6), to: today };
    default: {
      const never: never = preset;
      return never;
    }
  }
}

/** The preset the period is, if any (so its button shows pressed). */
export function activePreset(period: StatsPeriod, today: string | null): Preset | null {
  if (period.from === "" && period.to === "") return "whole";
  if (today === null) return null;
  return (
    PRESETS.find((preset) => {
      const days = presetPeriod(preset, today);
      return days.from === period.from && days.to === period.to;
    }) ?? null
  );
}

/** Whether the period ends before it starts (the form says so and asks nothing). */
export function isReversed(period: StatsPeriod): boolean {
  return period.from !== "" && period.to !== "" && period.from > period.to;
}

/** What `stats.exhibitor` takes for the period. */
export function statsInput(
  exhibitorId: string,
  period: StatsPeriod,
): { exhibitorId: string; from?: string; to?: string } {
  return {
    exhibitorId,
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
  };
}

/** The report of the period as .xlsx or CSV. */
export function reportHref(exhibitorId: string, period: StatsPeriod, format: "xlsx" | "csv"): string {
  const query = periodParams(period).toString();
  return `/cabinet/${encodeURIComponent(exhibitorId)}/stats.${format}${query ? `?${query}` : ""}`;
}

/** Whole minutes and seconds of a duration, for "3 min 20 s". */
export function minutesAndSeconds(totalSeconds: number): { minutes: number; seconds: number } {
  const rounded = Math.max(0, Math.round(totalSeconds));
  return { minutes: Math.floor(rounded / 60), seconds: rounded % 60 };
}
