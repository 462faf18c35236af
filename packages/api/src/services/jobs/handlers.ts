/** Every job kind the app plans, with its handler: what a job runner in the server registers. */
import { acceptOverdueApplication, DECISION_DEADLINE_JOB } from "../registration/decision-deadline.ts";
import { reminderHandlers } from "../reminders/handlers.ts";
import type { JobHandler } from "./types.ts";

/** The handlers of the app's job kinds ("reminder.*", "registration.decisionDeadline"). */
export function appJobHandlers(): Record<string, JobHandler> {
  return { ...reminderHandlers(), [DECISION_DEADLINE_JOB]: acceptOverdueApplication };
}
