/**
 * The calendar rules of pre-moderation (SEEDS.md 001): a decision within 2 days of the
 * application, and no rejection on the day before the event or later, "the day before" counted
 * in the event's own time zone.
 */
import { TZDate } from "@date-fns/tz";
import type { Registration } from "@pavilion/db";
import type { AppErrorCode } from "@pavilion/schema";
import { startOfDay, subDays } from "date-fns";

/** How long after an application a decision may take. */
export const DECISION_WINDOW_MS = 48 * 3600_000;

interface EventTime {
  starts_at: string;
  timezone: string;
}

/** Midnight starting the day before the event, in the event's time zone. */
export function dayBeforeStart(event: EventTime): Date {
  const start = new TZDate(event.starts_at, event.timezone);
  return new Date(subDays(startOfDay(start), 1).getTime());
}

/** When an application made at `createdAt` must be decided: 48 h later, or the day before the event if earlier. */
export function decisionDueAt(createdAt: Date, event: EventTime): Date {
  const twoDays = createdAt.getTime() + DECISION_WINDOW_MS;
  return new Date(Math.min(twoDays, dayBeforeStart(event).getTime()));
}

/** Why a pending application may not be rejected now, or null when it may. The day-before rule wins. */
export function rejectionRefusal(
  registration: Pick<Registration, "decision_due_at">,
  event: EventTime,
  now: Date,
): { code: AppErrorCode; deadline?: string } | null {
  if (now.getTime() >= dayBeforeStart(event).getTime()) return { code: "registration.dayBefore" };
  const due = registration.decision_due_at;
  if (due !== null && now.getTime() > Date.parse(due))
    return { code: "registration.decisionLate", deadline: due };
  return null;
}

/** The latest moment a rejection is still allowed, or null when it no longer is (or not pending). */
export function rejectableUntil(
  registration: Pick<Registration, "status" | "decision_due_at">,
  event: EventTime,
  now: Date,
): string | null {
  if (registration.status !== "pending") return null;
  const dayBefore = dayBeforeStart(event).getTime();
  const due = registration.decision_due_at === null ? dayBefore : Date.parse(registration.decision_due_at);
  const until = Math.min(due, dayBefore);
  return until > now.getTime() ? new Date(until).toISOString() : null;
}
