/**
 * The reminder jobs. Each re-checks at run time that its letter still makes sense (registration
 * accepted, event not cancelled, the event at the time it was planned for; a moved event gets
 * its reminders re-planned instead), then queues the letter in the job's transaction under the
 * job's key, so it is written exactly once.
 */
import type { SupportedLocale } from "@pavilion/i18n";
import { enqueueJob } from "../jobs/queue.ts";
import type { JobContext, JobHandler, JobReschedule } from "../jobs/types.ts";
import { queueMail } from "../mail/queue.ts";
import { reminderLetter } from "./letters.ts";
import {
  loadReminderSubject,
  planSubjectReminders,
  type ReminderPayload,
  type ReminderSubject,
  reminderEvent,
  reminderJob,
  remindersApply,
} from "./plan.ts";
import {
  finalReminderAt,
  nextWeeklyReminder,
  type ReminderWhich,
  reminderKey,
  weeklyReminderAt,
} from "./schedule.ts";

/** The handlers of the reminder kinds, for the job runner. */
export function reminderHandlers(): Record<string, JobHandler> {
  return {
    "reminder.weekly": reminderHandler("weekly"),
    "reminder.final": reminderHandler("final"),
    "reminder.soon": reminderHandler("soon"),
    "reminder.materials": reminderHandler("materials"),
  };
}

function reminderHandler(which: ReminderWhich): JobHandler {
  return async (raw, ctx) => {
    const payload = raw as ReminderPayload;
    const subject = await loadReminderSubject(ctx.db, payload.registrationId);
    if (!subject || !remindersApply(subject)) return undefined;
    const reminder = { which, ...(which === "weekly" ? { week: payload.week ?? 1 } : {}) };
    const key = reminderKey(subject.registrationId, reminder);
    if (payload.startsAt !== subject.startsAt || payload.endsAt !== subject.endsAt) {
      const verdict = await replanMoved(subject, key, reminder.week, ctx);
      if (verdict !== "send") return verdict === "skip" ? undefined : verdict;
    }
    if (!isStale(which, subject, ctx.now)) await sendReminder(which, subject, key, ctx);
    return undefined;
  };
}

/** Queues the letter under the job's key (so it is written once) and plans the next weekly one. */
async function sendReminder(which: ReminderWhich, subject: ReminderSubject, key: string, ctx: JobContext) {
  const locale: SupportedLocale = subject.locale;
  await queueMail(ctx.db, reminderLetter(which, locale, letterInput(which, subject, ctx)), ctx.now, key);
  if (which === "weekly") {
    const next = nextWeeklyReminder(reminderEvent(subject), new Date(subject.registeredAt), ctx.now);
    if (next) await enqueueJob(ctx.db, reminderJob(subject, next), ctx.now);
  }
}

/** The event moved since planning: re-plan its reminders, and say what this one should do. */
async function replanMoved(
  subject: ReminderSubject,
  key: string,
  week: number | undefined,
  ctx: JobContext,
): Promise<"send" | "skip" | JobReschedule> {
  const planned = await planSubjectReminders(ctx.db, subject, ctx.now);
  const runAt =
    week === undefined
      ? planned.find((job) => job.dedupeKey === key)?.runAt
      : (weeklyReminderAt(reminderEvent(subject), new Date(subject.registeredAt), week) ?? undefined);
  if (runAt === undefined) return "skip";
  if (runAt > ctx.now) {
    const payload: ReminderPayload = {
      registrationId: subject.registrationId,
      startsAt: subject.startsAt,
      endsAt: subject.endsAt,
      ...(week === undefined ? {} : { week }),
    };
    return { runAt, payload };
  }
  return "send";
}

/** A reminder that comes too late (the runners were down) is not sent; the materials always are. */
function isStale(which: ReminderWhich, subject: ReminderSubject, now: Date): boolean {
  const startsAt = new Date(subject.startsAt);
  switch (which) {
    case "weekly":
      return now >= finalReminderAt(reminderEvent(subject));
    case "final":
    case "soon":
      return now >= startsAt;
    case "materials":
      return false;
    default: {
      const never: never = which;
      return never;
    }
  }
}

function letterInput(which: ReminderWhich, subject: ReminderSubject, ctx: JobContext) {
  const ru = subject.locale === "ru";
  const event = `${ctx.publicUrl}/events/${subject.eventId}`;
  const booth = subject.exhibitorId ? `${ctx.publicUrl}/booths/${subject.exhibitorId}` : event;
  const url =
    which === "soon" ? `${event}/live` : which === "materials" && subject.kind === "webinar" ? booth : event;
  return {
    to: subject.email,
    name: subject.firstName,
    title: (ru ? subject.titleRu : subject.titleEn) || subject.titleRu || subject.titleEn,
    exhibition: (ru ? subject.exhibitionRu : subject.exhibitionEn) || subject.exhibitionRu,
    startsAt: new Date(subject.startsAt),
    timeZone: subject.timeZone,
    url,
  };
}
