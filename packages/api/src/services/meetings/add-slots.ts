/**
 * Staff offer times for one-to-one meetings: consecutive slots of one length on a day of the
 * exhibition, in its zone (11:00–17:00 unless they choose otherwise). Times that overlap what the
 * host already offers, or that have begun, are left out and counted.
 */
import type { Database } from "@pavilion/db";
import type { AddMeetingSlotsResult, MeetingLength, SessionUser } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { loadMeetingExhibitor, lockPerson } from "./context.ts";
import { overlaps, type SlotTime, slotTimes } from "./slot-times.ts";

export interface AddSlotsRequest {
  exhibitorId: string;
  hostUserId?: string | undefined;
  day: string;
  from: string;
  to: string;
  minutes: MeetingLength;
}

/** Creates the slots; refuses a day outside the exhibition, an empty range or a host not on the team. */
export async function addMeetingSlots(
  db: Database,
  user: SessionUser,
  request: AddSlotsRequest,
  now: Date,
): Promise<AddMeetingSlotsResult> {
  const exhibitor = await loadMeetingExhibitor(db, request.exhibitorId);
  if (request.day < exhibitor.firstDay || request.day > exhibitor.lastDay) {
    throw new AppError("meetings.outsideExhibition", undefined, {
      first: exhibitor.firstDay,
      last: exhibitor.lastDay,
    });
  }
  const times = slotTimes(request.day, request.from, request.to, request.minutes, exhibitor.timezone);
  if (times.length === 0) throw new AppError("meetings.badRange", undefined, { minutes: request.minutes });
  const hostUserId = request.hostUserId ?? user.id;
  await requireTeamMember(db, exhibitor.id, hostUserId);
  const upcoming = times.filter((time) => Date.parse(time.startsAt) > now.getTime());
  return db.transaction().execute(async (trx) => {
    await lockPerson(trx, hostUserId);
    const taken = await hostTimesBetween(trx, hostUserId, times);
    const fresh = upcoming.filter((time) => !taken.some((other) => overlaps(time, other)));
    if (fresh.length > 0) {
      await trx
        .insertInto("meeting_slots")
        .values(
          fresh.map((time) => ({
            ...{ id: crypto.randomUUID(), exhibitor_id: exhibitor.id, host_user_id: hostUserId },
            ...{ starts_at: time.startsAt, ends_at: time.endsAt, event_id: null },
            ...{ booked_by: null, booked_at: null, created_at: now.toISOString() },
          })),
        )
        .execute();
    }
    return {
      created: fresh.length,
      skippedOverlapping: upcoming.length - fresh.length,
      skippedPast: times.length - upcoming.length,
    };
  });
}

async function requireTeamMember(db: Database, exhibitorId: string, userId: string): Promise<void> {
  const member = await db
    .selectFrom("members")
    .select("user_id")
    .where("exhibitor_id", "=", exhibitorId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!member) throw new AppError("meetings.hostNotMember");
}

/** The host's slots (at any booth) that could overlap the range of `times`. */
async function hostTimesBetween(db: Database, hostUserId: string, times: SlotTime[]): Promise<SlotTime[]> {
  const first = times[0];
  const last = times[times.length - 1];
  if (!first || !last) return [];
  const rows = await db
    .selectFrom("meeting_slots")
    .select(["starts_at", "ends_at"])
    .where("host_user_id", "=", hostUserId)
    .where("starts_at", "<", last.endsAt)
    .where("ends_at", ">", first.startsAt)
    .execute();
  return rows.map((row) => ({ startsAt: row.starts_at, endsAt: row.ends_at }));
}

/** Removes a free slot of the exhibitor; a booked one must be cancelled first. */
export async function removeMeetingSlot(db: Database, exhibitorId: string, slotId: string): Promise<void> {
  const slot = await db
    .selectFrom("meeting_slots")
    .select(["id", "event_id"])
    .where("id", "=", slotId)
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (!slot) throw new NotFoundError("meeting slot");
  const removed = await db
    .deleteFrom("meeting_slots")
    .where("id", "=", slotId)
    .where("event_id", "is", null)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) throw new AppError("meetings.slotBooked");
}
