/**
 * How warm a lead is: points for each thing the visitor did at the exhibitor (weights set per
 * exhibition), halved every `halfLifeDays` since it happened. Plain functions, no database.
 *
 * Stored form: a lead keeps `warmth_base` = Σ points · 2^((t − epoch) / h), where the epoch is
 * the exhibition's start. Then warmth now = base · 2^(−(now − epoch) / h): the same factor for
 * every lead of the exhibition, so ordering and filtering by base orders by warmth now, and a new
 * row only adds its own term (no rescoring of old rows as time passes).
 */
import {
  WARMTH_BAND_FLOOR,
  WARMTH_MINUTES_CAP,
  type WarmthBand,
  type WarmthKind,
  type WarmthLine,
  type WarmthSettings,
} from "@pavilion/schema";

const DAY_MS = 86_400_000;

/** An activity row as warmth reads it. */
export interface WarmthActivity {
  kind: string;
  occurredAt: string;
  /** The row's JSON data (seconds at the booth, minutes watched). */
  data: string | null;
  /** The material, event or booth it is about, for the explanation. */
  subject?: { ru: string; en: string } | null;
}

/** The points a row earns before decay, or null when its kind earns none. */
export function pointsOf(
  row: Pick<WarmthActivity, "kind" | "data">,
  weights: Readonly<Record<WarmthKind, number>>,
): { kind: WarmthKind; basePoints: number; minutes: number | null } | null {
  switch (row.kind) {
    case "booth.visit":
    case "video.play":
    case "material.download":
    case "chat.message":
    case "event.registered":
    case "webinar.joined":
    case "webinar.question":
    case "contact.left":
    case "meeting.booked":
    case "model.viewed":
      return { kind: row.kind, basePoints: weights[row.kind], minutes: null };
    case "webinar.chat":
      return { kind: "chat.message", basePoints: weights["chat.message"], minutes: null };
    case "booth.left": {
      const minutes = Math.min(numberIn(row.data, "seconds") / 60, WARMTH_MINUTES_CAP);
      return perMinute("booth.minute", minutes, weights);
    }
    case "webinar.left": {
      const minutes = Math.min(numberIn(row.data, "minutes"), WARMTH_MINUTES_CAP);
      return perMinute("webinar.minute", minutes, weights);
    }
    case "tour.left": {
      const minutes = Math.min(numberIn(row.data, "seconds") / 60, WARMTH_MINUTES_CAP);
      return perMinute("tour.minute", minutes, weights);
    }
    default:
      return null;
  }
}

function perMinute(kind: WarmthKind, minutes: number, weights: Readonly<Record<WarmthKind, number>>) {
  if (!(minutes > 0)) return null;
  const rounded = Math.round(minutes * 10) / 10;
  return { kind, basePoints: weights[kind] * rounded, minutes: rounded };
}

/** A non-negative number stored under `key` in a row's JSON data; 0 when missing or malformed. */
export function numberIn(data: string | null, key: string): number {
  if (data === null) return 0;
  try {
    const value = (JSON.parse(data) as Record<string, unknown>)[key];
    return typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : 0;
  } catch {
    return 0;
  }
}

/** The share of its points a thing done at `occurredAt` still carries at `now` (1 for the future). */
export function decayFactor(occurredAt: string, now: Date, halfLifeDays: number): number {
  const ageDays = Math.max(0, now.getTime() - Date.parse(occurredAt)) / DAY_MS;
  return 2 ** (-ageDays / halfLifeDays);
}

/** The term a row adds to a lead's stored `warmth_base` (see the file's comment). */
export function baseTerm(
  basePoints: number,
  occurredAt: string,
  epoch: string,
  halfLifeDays: number,
): number {
  return basePoints * 2 ** ((Date.parse(occurredAt) - Date.parse(epoch)) / DAY_MS / halfLifeDays);
}

/** The factor that turns a stored base into warmth at `now`. */
export function baseToWarmthFactor(epoch: string, now: Date, halfLifeDays: number): number {
  return 2 ** (-(now.getTime() - Date.parse(epoch)) / DAY_MS / halfLifeDays);
}

/** Warmth at `now` from a stored base, to a tenth. */
export function warmthFromBase(base: number, epoch: string, now: Date, halfLifeDays: number): number {
  return roundTenth(base * baseToWarmthFactor(epoch, now, halfLifeDays));
}

/** The smallest base a lead needs to be at least `warmth` at `now` (for filtering by band in SQL). */
export function baseFloorFor(warmth: number, epoch: string, now: Date, halfLifeDays: number): number {
  return warmth / baseToWarmthFactor(epoch, now, halfLifeDays);
}

/** A lead's warmth at `now` with a line per row that earned points, newest first. */
export function explainWarmth(
  rows: readonly WarmthActivity[],
  settings: WarmthSettings,
  now: Date,
): { warmth: number; lines: WarmthLine[] } {
  const lines: WarmthLine[] = [];
  let total = 0;
  for (const row of rows) {
    const earned = pointsOf(row, settings.weights);
    if (earned === null || earned.basePoints === 0) continue;
    const points = earned.basePoints * decayFactor(row.occurredAt, now, settings.halfLifeDays);
    total += points;
    lines.push({
      kind: earned.kind,
      occurredAt: row.occurredAt,
      points: roundTenth(points),
      basePoints: roundTenth(earned.basePoints),
      minutes: earned.minutes,
      subject: row.subject ?? null,
    });
  }
  lines.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return { warmth: roundTenth(total), lines };
}

/** The band a warmth falls in: cold < 20 ≤ warm < 50 ≤ hot. */
export function bandOf(warmth: number): WarmthBand {
  if (warmth >= WARMTH_BAND_FLOOR.hot) return "hot";
  if (warmth >= WARMTH_BAND_FLOOR.warm) return "warm";
  return "cold";
}

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
