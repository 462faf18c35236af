/** The exhibitor's offered times as its team sees them: who hosts each, who booked it and how to reach them. */
import type { Database } from "@pavilion/db";
import type { ExhibitorMeetings, MeetingSlot } from "@pavilion/schema";
import { loadMeetingExhibitor } from "./context.ts";

/** Times of the exhibitor that have not ended, soonest first, and the team who may host. */
export async function exhibitorMeetings(
  db: Database,
  exhibitorId: string,
  now: Date,
): Promise<ExhibitorMeetings> {
  const exhibitor = await loadMeetingExhibitor(db, exhibitorId);
  const rows = await db
    .selectFrom("meeting_slots as s")
    .innerJoin("users as host", "host.id", "s.host_user_id")
    .leftJoin("events as e", "e.id", "s.event_id")
    .leftJoin("registrations as r", (join) =>
      join.onRef("r.event_id", "=", "s.event_id").onRef("r.user_id", "=", "s.booked_by"),
    )
    .select(["s.id", "s.host_user_id", "host.name as host_name", "s.starts_at", "s.ends_at"])
    .select(["s.event_id", "s.booked_at", "e.description_ru as topic"])
    .select(["r.first_name", "r.last_name", "r.company", "r.position", "r.email", "r.phone"])
    .where("s.exhibitor_id", "=", exhibitorId)
    .where("s.ends_at", ">", now.toISOString())
    .orderBy("s.starts_at")
    .orderBy("host.name")
    .orderBy("s.id")
    .execute();
  const hosts = await db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select(["users.id", "users.name"])
    .where("members.exhibitor_id", "=", exhibitorId)
    .orderBy("users.name")
    .orderBy("users.id")
    .execute();
  const slots = rows.map(
    (row): MeetingSlot => ({
      ...{ id: row.id, hostUserId: row.host_user_id, hostName: row.host_name },
      ...{ startsAt: row.starts_at, endsAt: row.ends_at },
      booking:
        row.event_id === null
          ? null
          : {
              eventId: row.event_id,
              bookedAt: row.booked_at ?? "",
              topic: row.topic ?? "",
              visitor: {
                name: `${row.first_name ?? ""} ${row.last_name ?? ""}`.trim(),
                ...{ company: row.company ?? "", position: row.position ?? "" },
                ...{ email: row.email ?? "", phone: row.phone ?? "" },
              },
            },
    }),
  );
  return {
    ...{ timezone: exhibitor.timezone, firstDay: exhibitor.firstDay, lastDay: exhibitor.lastDay },
    hosts: hosts.map((host) => ({ userId: host.id, name: host.name })),
    slots,
  };
}
