/**
 * When each reminder of a registration is due, as pure functions of the event's time, its time
 * zone, the moment of registering and now. Wall-clock rules ("09:00 the day before") are computed
 * in the EVENT's time zone with TZDate, so they hold across daylight-saving changes.
 */
import { TZDate } from "@date-fns/tz";
import { addDays, addMinutes, addWeeks, setHours, startOfDay } from "date-fns";

export type ReminderWhich = "weekly" | "final" | "soon" | "materials";

export interface ReminderEvent {
  startsAt: Date;
  endsAt: Date;
  /** IANA zone, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Meetings get no invitation to download materials. */
  hasMaterials: boolean;
}

export interface PlannedReminder {
  which: ReminderWhich;
  /** The week after registering, for a weekly reminder. */
  week?: number;
  runAt: Date;
}

/** Local hour of the final reminder, the morning of the day before. */
export const FINAL_HOUR = 9;
/** A final reminder closer than this to registering is skipped (the confirmation was just sent). */
export const FINAL_MIN_AFTER_REGISTERING_MS = 12 * 3_600_000;
/** A weekly letter within a day of the final one would be noise. */
export const WEEKLY_MIN_BEFORE_FINAL_MS = 24 * 3_600_000;
export const SOON_BEFORE_MINUTES = 15;
export const MATERIALS_AFTER_MINUTES = 60;

/** 09:00 in the event's time zone on the day before the event starts there. */
export function finalReminderAt(event: Pick<ReminderEvent, "startsAt" | "timeZone">): Date {
  const localStart = new TZDate(event.startsAt.getTime(), event.timeZone);
  return new Date(setHours(addDays(startOfDay(localStart), -1), FINAL_HOUR).getTime());
}

/** The n-th weekly reminder (same local time of day as registering), or null when it would be too late. */
export function weeklyReminderAt(
  event: Pick<ReminderEvent, "startsAt" | "timeZone">,
  registeredAt: Date,
  week: number,
): Date | null {
  const at = new Date(addWeeks(new TZDate(registeredAt.getTime(), event.timeZone), week).getTime());
  const latest = finalReminderAt(event).getTime() - WEEKLY_MIN_BEFORE_FINAL_MS;
  return at.getTime() <= latest ? at : null;
}

/** The first weekly reminder still ahead of `now`, if any. */
export function nextWeeklyReminder(
  event: Pick<ReminderEvent, "startsAt" | "timeZone">,
  registeredAt: Date,
  now: Date,
): PlannedReminder | null {
  for (let week = 1; ; week++) {
    const at = weeklyReminderAt(event, registeredAt, week);
    if (at === null) return null;
    if (at > now) return { which: "weekly", week, runAt: at };
  }
}

/**
 * The reminders to plan now: the next weekly one, the final one (unless its moment has passed or
 * is within 12 h of registering), "starting soon" (unless past) and the materials after the end.
 */
export function planReminderTimes(event: ReminderEvent, registeredAt: Date, now: Date): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  const weekly = nextWeeklyReminder(event, registeredAt, now);
  if (weekly) planned.push(weekly);
  const final = finalReminderAt(event);
  if (final > now && final.getTime() - registeredAt.getTime() >= FINAL_MIN_AFTER_REGISTERING_MS) {
    planned.push({ which: "final", runAt: final });
  }
  const soon = addMinutes(event.startsAt, -SOON_BEFORE_MINUTES);
  if (soon > now) planned.push({ which: "soon", runAt: soon });
  if (event.hasMaterials) {
    planned.push({ which: "materials", runAt: addMinutes(event.endsAt, MATERIALS_AFTER_MINUTES) });
  }
  return planned;
}

/** The job key of a reminder: one per registration and reminder, ever. */
export function reminderKey(
  registrationId: string,
  reminder: Pick<PlannedReminder, "which" | "week">,
): string {
  return reminder.which === "weekly"
    ? `reminder:${registrationId}:weekly:${reminder.week ?? 1}`
    : `reminder:${registrationId}:${reminder.which}`;
}
