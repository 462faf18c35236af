/** What a visitor sees at a booth: the free times ahead, by day, and their own meeting there. */
import type { Database } from "@pavilion/db";
import type { FreeMeetingSlots, MyMeeting, SessionUser } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";
import { firstNameOf, loadMeetingExhibitor } from "./context.ts";
import { dayOf } from "./slot-times.ts";

/** Upcoming free times of an approved exhibitor's team (hosts by first name), and the caller's meeting. */
export async function freeMeetingSlots(
  db: Database,
  user: SessionUser | null,
  exhibitorId: string,
  now: Date,
): Promise<FreeMeetingSlots> {
  const exhibitor = await loadMeetingExhibitor(db, exhibitorId);
  if (!exhibitor.approved) throw new NotFoundError("exhibitor");
  const rows = await db
    .selectFrom("meeting_slots as s")
    // Only hosts still on the team: a person who left meets nobody.
    .innerJoin("members as m", (join) =>
      join.onRef("m.exhibitor_id", "=", "s.exhibitor_id").onRef("m.user_id", "=", "s.host_user_id"),
    )
    .innerJoin("users as host", "host.id", "s.host_user_id")
    .select(["s.id", "s.starts_at", "s.ends_at", "host.name"])
    .where("s.exhibitor_id", "=", exhibitorId)
    .where("s.event_id", "is", null)
    .where("s.starts_at", ">", now.toISOString())
    .orderBy("s.starts_at")
    .orderBy("host.name")
    .orderBy("s.id")
    .execute();
  const days: FreeMeetingSlots["days"] = [];
  for (const row of rows) {
    const day = dayOf(row.starts_at, exhibitor.timezone);
    let group = days[days.length - 1];
    if (group?.day !== day) {
      group = { day, slots: [] };
      days.push(group);
    }
    group.slots.push({
      ...{ id: row.id, startsAt: row.starts_at, endsAt: row.ends_at },
      hostFirstName: firstNameOf(row.name),
    });
  }
  return {
    timezone: exhibitor.timezone,
    days,
    mine: user ? await myMeetingWith(db, user.id, exhibitorId, now) : null,
    isTeam: isMemberOf(user, exhibitorId),
  };
}

/** The person's meeting with the exhibitor that has not ended yet, if any. */
export async function myMeetingWith(
  db: Database,
  userId: string,
  exhibitorId: string,
  now: Date,
): Promise<MyMeeting | null> {
  const row = await db
    .selectFrom("meeting_slots as s")
    .innerJoin("users as host", "host.id", "s.host_user_id")
    .innerJoin("events as e", "e.id", "s.event_id")
    .select(["s.id", "s.event_id", "s.starts_at", "s.ends_at", "host.name", "e.description_ru"])
    .where("s.exhibitor_id", "=", exhibitorId)
    .where("s.booked_by", "=", userId)
    .where("s.ends_at", ">", now.toISOString())
    .orderBy("s.starts_at")
    .executeTakeFirst();
  if (!row?.event_id) return null;
  return {
    ...{ slotId: row.id, eventId: row.event_id, startsAt: row.starts_at, endsAt: row.ends_at },
    ...{ hostFirstName: firstNameOf(row.name), topic: row.description_ru },
  };
}
