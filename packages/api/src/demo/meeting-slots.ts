/**
 * One-to-one meeting times the demo company's owner offers (SEEDS.md 000: negotiation sessions),
 * so its booth's "book a meeting" has something to book: half hours from 14:00 to 16:00 on the
 * next three days, Moscow time. The exhibition's later days are left to its staff.
 */
import type { MeetingSlotsTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { demoAccounts } from "./accounts.ts";
import { DEMO_TIME_ZONE } from "./exhibition.ts";
import { demoId } from "./ids.ts";
import { addDays, dateInZone, zonedTime } from "./time.ts";

const DAYS_AHEAD = [1, 2, 3];
const STARTS = ["14:00", "14:30", "15:00", "15:30"];
const SLOT_MS = 30 * 60_000;

export function meetingSlotRows(exhibitorId: string, now: Date): Insertable<MeetingSlotsTable>[] {
  const owner = demoAccounts().find((account) => account.role === "exhibitor");
  if (!owner) throw new Error("The demo needs the exhibitor's owner account");
  const today = dateInZone(now, DEMO_TIME_ZONE);
  return DAYS_AHEAD.flatMap((ahead) => {
    const date = addDays(today, ahead);
    return STARTS.map((time) => {
      const start = zonedTime(date, time, DEMO_TIME_ZONE);
      return {
        ...{ id: demoId(`meeting-slot:${date}:${time}`), exhibitor_id: exhibitorId },
        ...{ host_user_id: demoId(`user:${owner.email}`), starts_at: start.toISOString() },
        ...{ ends_at: new Date(start.getTime() + SLOT_MS).toISOString(), event_id: null },
        ...{ booked_by: null, booked_at: null, created_at: now.toISOString() },
      };
    });
  });
}
