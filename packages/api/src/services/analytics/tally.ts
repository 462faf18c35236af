/**
 * What a batch of activity rows adds to the statistics, added up in memory: counter increments
 * per scope, metric and day (the row's day in the exhibition's zone and "" for all days), and the
 * people who may be new to a scope's unique count. Plain functions; the writer stores the result.
 */
import type { StatScope } from "@pavilion/db";
import type { StatMetric } from "@pavilion/schema";
import { numberIn } from "../leads/warmth.ts";
import type { ActivityRow, BatchFacts } from "./batch-facts.ts";

export interface CounterDelta {
  exhibitionId: string;
  scope: StatScope;
  scopeId: string;
  day: string;
  metric: StatMetric;
  value: number;
}

export interface UniqueCandidate {
  exhibitionId: string;
  scope: StatScope;
  scopeId: string;
  day: string;
  userId: string;
}

export interface Tally {
  counters: Map<string, CounterDelta>;
  uniques: Map<string, UniqueCandidate>;
}

export function emptyTally(): Tally {
  return { counters: new Map(), uniques: new Map() };
}

/** The key of a counter row (its primary key). */
export function counterKey(scope: string, scopeId: string, day: string, metric: string): string {
  return `${scope}\u0000${scopeId}\u0000${day}\u0000${metric}`;
}

/** Adds `value` to a counter for the day and for all days. */
export function addCount(
  tally: Tally,
  at: { exhibitionId: string; day: string },
  scope: StatScope,
  scopeId: string,
  metric: StatMetric,
  value: number,
): void {
  if (value === 0) return;
  for (const day of [at.day, ""]) {
    const key = counterKey(scope, scopeId, day, metric);
    const counter = tally.counters.get(key);
    if (counter) counter.value += value;
    else tally.counters.set(key, { exhibitionId: at.exhibitionId, scope, scopeId, day, metric, value });
  }
}

function addUnique(
  tally: Tally,
  at: { exhibitionId: string; day: string },
  scope: StatScope,
  scopeId: string,
  userId: string | null,
): void {
  if (userId === null) return;
  for (const day of [at.day, ""]) {
    const key = `${counterKey(scope, scopeId, day, "uniques")}\u0000${userId}`;
    if (!tally.uniques.has(key)) {
      tally.uniques.set(key, { exhibitionId: at.exhibitionId, scope, scopeId, day, userId });
    }
  }
}

/** Adds one activity row to the tally. */
export function tallyRow(tally: Tally, row: ActivityRow, facts: BatchFacts): void {
  const exhibition = facts.exhibition(row.exhibition_id);
  const at = { exhibitionId: row.exhibition_id, day: exhibition.dayOf(row.occurred_at) };
  addUnique(tally, at, "exhibition", row.exhibition_id, row.user_id);
  const exhibitorId = row.exhibitor_id;
  const exhibitor = (metric: StatMetric, value = 1) => {
    if (exhibitorId !== null) addCount(tally, at, "exhibitor", exhibitorId, metric, value);
  };
  const event = (metric: StatMetric, value = 1) => {
    if (row.event_id !== null) addCount(tally, at, "event", row.event_id, metric, value);
  };
  switch (row.kind) {
    case "booth.visit": {
      addCount(tally, at, "exhibition", row.exhibition_id, "visits", 1);
      if (exhibitorId === null) return;
      exhibitor("visits");
      addUnique(tally, at, "exhibitor", exhibitorId, row.user_id);
      const floorId = facts.floorOf(exhibitorId);
      if (floorId !== null) {
        addCount(tally, at, "floor", floorId, "visits", 1);
        addUnique(tally, at, "floor", floorId, row.user_id);
      }
      break;
    }
    case "booth.left":
      exhibitor("dwellSeconds", Math.round(numberIn(row.data, "seconds")));
      break;
    case "material.download":
      exhibitor("downloads");
      if (row.material_id !== null) addCount(tally, at, "material", row.material_id, "downloads", 1);
      break;
    case "video.play":
      exhibitor("videoPlays");
      break;
    case "chat.message":
      if (exhibitorId !== null && !facts.isMember(exhibitorId, row.user_id)) exhibitor("chatMessages");
      break;
    case "contact.left":
      exhibitor("contacts");
      break;
    case "meeting.booked":
      exhibitor("meetings");
      break;
    case "event.registered":
      exhibitor("registrations");
      event("registrations");
      break;
    case "webinar.joined":
      exhibitor("webinarJoins");
      event("webinarJoins");
      break;
    case "webinar.left": {
      const minutes = numberIn(row.data, "minutes");
      exhibitor("webinarMinutes", minutes);
      event("webinarMinutes", minutes);
      break;
    }
    case "model.viewed":
      exhibitor("modelViews");
      break;
    case "tour.left":
      exhibitor("tourVisits");
      exhibitor("tourSeconds", Math.round(numberIn(row.data, "seconds")));
      break;
    default:
      break;
  }
}
