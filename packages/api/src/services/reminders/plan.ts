/**
 * Plans the reminders of registrations as durable jobs (see ../jobs/queue.ts), one job per
 * registration and reminder, ever. Planning again moves pending reminders and cancels those that
 * no longer apply, so it is the one call for "accepted", "cancelled" and "the event moved".
 */
import type { Database, EventKind, EventStatus, Locale, RegistrationStatus } from "@pavilion/db";
import { cancelPendingJobs, enqueueJob, type PlannedJob } from "../jobs/queue.ts";
import { type PlannedReminder, planReminderTimes, type ReminderEvent, reminderKey } from "./schedule.ts";

/** A registration with what its reminders need to know about the event. */
export interface ReminderSubject {
  registrationId: string;
  status: RegistrationStatus;
  cancelledAt: string | null;
  email: string;
  firstName: string;
  locale: Locale;
  registeredAt: string;
  eventId: string;
  eventStatus: EventStatus;
  kind: EventKind;
  exhibitorId: string | null;
  titleRu: string;
  titleEn: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  exhibitionRu: string;
  exhibitionEn: string;
}

/** What a reminder job carries: the event's time it was planned for, to notice a move. */
export interface ReminderPayload extends Record<string, unknown> {
  registrationId: string;
  startsAt: string;
  endsAt: string;
  week?: number;
}

/** Loads the registration and its event, or undefined when the registration is gone. */
export async function loadReminderSubject(
  db: Database,
  registrationId: string,
): Promise<ReminderSubject | undefined> {
  return db
    .selectFrom("registrations as r")
    .innerJoin("events as e", "e.id", "r.event_id")
    .innerJoin("exhibitions as x", "x.id", "e.exhibition_id")
    .select(["r.id as registrationId", "r.status", "r.cancelled_at as cancelledAt", "r.email"])
    .select(["r.first_name as firstName", "r.locale", "r.created_at as registeredAt"])
    .select(["e.id as eventId", "e.status as eventStatus", "e.kind", "e.exhibitor_id as exhibitorId"])
    .select(["e.title_ru as titleRu", "e.title_en as titleEn", "e.starts_at as startsAt"])
    .select(["e.ends_at as endsAt", "e.timezone as timeZone"])
    .select(["x.name_ru as exhibitionRu", "x.name_en as exhibitionEn"])
    .where("r.id", "=", registrationId)
    .executeTakeFirst();
}

/** Reminders go to accepted, not cancelled registrations of events that still take place. */
export function remindersApply(subject: ReminderSubject): boolean {
  return subject.status === "accepted" && subject.cancelledAt === null && subject.eventStatus !== "cancelled";
}

/** The event as the schedule sees it. */
export function reminderEvent(subject: ReminderSubject): ReminderEvent {
  return {
    startsAt: new Date(subject.startsAt),
    endsAt: new Date(subject.endsAt),
    timeZone: subject.timeZone,
    hasMaterials: subject.kind !== "meeting",
  };
}

/** The job that sends one reminder. */
export function reminderJob(subject: ReminderSubject, reminder: PlannedReminder): PlannedJob {
  const payload: ReminderPayload = {
    registrationId: subject.registrationId,
    startsAt: subject.startsAt,
    endsAt: subject.endsAt,
    ...(reminder.week === undefined ? {} : { week: reminder.week }),
  };
  return {
    kind: `reminder.${reminder.which}`,
    dedupeKey: reminderKey(subject.registrationId, reminder),
    runAt: reminder.runAt,
    payload,
  };
}

/** Plans (or moves, or cancels) the subject's reminders as of `now`; returns the jobs planned. */
export async function planSubjectReminders(
  db: Database,
  subject: ReminderSubject,
  now: Date,
): Promise<PlannedJob[]> {
  const prefix = `reminder:${subject.registrationId}:`;
  if (!remindersApply(subject)) {
    await cancelPendingJobs(db, prefix, now);
    return [];
  }
  const registeredAt = new Date(subject.registeredAt);
  const jobs = planReminderTimes(reminderEvent(subject), registeredAt, now).map((r) =>
    reminderJob(subject, r),
  );
  for (const job of jobs) await enqueueJob(db, job, now);
  let stale = db
    .updateTable("jobs")
    .set({ state: "cancelled", finished_at: now.toISOString() })
    .where("dedupe_key", "like", `${prefix}%`)
    .where("state", "=", "pending");
  if (jobs.length > 0)
    stale = stale.where(
      "dedupe_key",
      "not in",
      jobs.map((job) => job.dedupeKey),
    );
  await stale.execute();
  return jobs;
}

/**
 * Plans the reminders of an accepted registration (weekly from registering, the morning of the
 * day before, 15 minutes before, the materials after): jobs keyed by registration, so planning
 * again only moves them. A registration that is not (or no longer) accepted, or whose event was
 * cancelled, gets its pending reminders cancelled. Call it inside the transaction that changes
 * the registration.
 */
export async function planReminders(db: Database, registrationId: string, now: Date): Promise<void> {
  const subject = await loadReminderSubject(db, registrationId);
  if (subject) await planSubjectReminders(db, subject, now);
}

/** Re-plans the reminders of every registration of an event whose time changed or that was cancelled. */
export async function replanEventReminders(db: Database, eventId: string, now: Date): Promise<void> {
  const registrations = await db
    .selectFrom("registrations")
    .select("id")
    .where("event_id", "=", eventId)
    .execute();
  for (const { id } of registrations) await planReminders(db, id, now);
}
