/** Who is watching an event now, as its hosts see them: from room presence, with names and the stage. */
import { eventRoomName } from "@pavilion/livekit";
import type { SessionUser, Viewer, Viewers } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { openAsModerator } from "./hosts.ts";

/**
 * Everyone in the event's room now: a count of everyone but the hosts (guests included), and the
 * signed-in people by name in order of joining. Hosts and organisers only.
 */
export async function viewersOf(services: ApiServices, user: SessionUser, eventId: string): Promise<Viewers> {
  const { db } = services;
  const { event } = await openAsModerator(db, user, eventId);
  const room = eventRoomName(event.id);
  const rows = await db
    .selectFrom("live_participants as p")
    .leftJoin("users as u", "u.id", "p.identity")
    .leftJoin("live_stage as s", (join) =>
      join.onRef("s.room", "=", "p.room").onRef("s.user_id", "=", "p.identity"),
    )
    .select(["p.identity", "p.role", "p.joined_at", "u.id as user_id", "u.name", "s.id as stage_id"])
    .where("p.room", "=", room)
    .where("p.left_at", "is", null)
    .orderBy("p.joined_at")
    .orderBy("p.sid")
    .execute();
  // One person, one entry: a reconnect may leave a second session open until the leave arrives.
  const people = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!people.has(row.identity)) people.set(row.identity, row);
  const hostRole = event.exhibitor_id === null ? "organiser" : "staff";
  const everyone = [...people.values()];
  const viewers: Viewer[] = everyone.flatMap((row) =>
    row.user_id === null
      ? []
      : [
          {
            ...{ identity: row.identity, userId: row.user_id, name: row.name ?? "", role: row.role },
            ...{ onStage: row.stage_id !== null, joinedAt: row.joined_at },
          },
        ],
  );
  return { count: everyone.filter((row) => row.role !== hostRole).length, viewers };
}
