/**
 * Webinar attendance from room presence: a signed-in viewer joining or leaving an event's room
 * becomes a "webinar.joined" / "webinar.left" activity row (with the minutes watched), and their
 * registration is marked attended the first time. Hosts and signed-out guests are not recorded.
 * Called inside the transaction that changes presence, once per change.
 */
import type { DB, LiveParticipantRole } from "@pavilion/db";
import { parseRoomName } from "@pavilion/livekit";
import type { Transaction } from "kysely";

type Trx = Transaction<DB>;

/** One participant session in a room, as live_participants holds it. */
export interface Session {
  room: string;
  identity: string;
  role: LiveParticipantRole;
  joined_at: string;
}

/** The event the room belongs to and the viewer, or null when this session is not attendance. */
async function attendanceOf(trx: Trx, session: Pick<Session, "room" | "identity" | "role">) {
  const ref = parseRoomName(session.room);
  if (ref?.kind !== "event" || session.role !== "visitor") return null;
  const event = await trx
    .selectFrom("events")
    .select(["id", "exhibition_id", "exhibitor_id"])
    .where("id", "=", ref.eventId)
    .executeTakeFirst();
  // Guests ("guest-…") have no account.
  const user = await trx
    .selectFrom("users")
    .select("id")
    .where("id", "=", session.identity)
    .executeTakeFirst();
  return event && user ? { event, userId: user.id } : null;
}

async function insertActivity(
  trx: Trx,
  attendance: NonNullable<Awaited<ReturnType<typeof attendanceOf>>>,
  kind: "webinar.joined" | "webinar.left",
  at: string,
  data: Record<string, unknown> | null,
) {
  const { event, userId } = attendance;
  await trx
    .insertInto("activity")
    .values({
      ...{ occurred_at: at, user_id: userId, kind, data: data === null ? null : JSON.stringify(data) },
      ...{ exhibition_id: event.exhibition_id, exhibitor_id: event.exhibitor_id, event_id: event.id },
      material_id: null,
    })
    .execute();
}

/** Records that a viewer joined the event's room at `at`, and marks their registration attended. */
export async function recordJoined(
  trx: Trx,
  session: Pick<Session, "room" | "identity" | "role">,
  at: string,
) {
  const attendance = await attendanceOf(trx, session);
  if (!attendance) return;
  await insertActivity(trx, attendance, "webinar.joined", at, null);
  await trx
    .updateTable("registrations")
    .set({ attended_at: at })
    .where("event_id", "=", attendance.event.id)
    .where("user_id", "=", attendance.userId)
    .where("status", "in", ["accepted", "pending"])
    .where("attended_at", "is", null)
    .execute();
}

/** Minutes between joining and leaving, to a tenth. */
export function minutesBetween(joinedAt: string, leftAt: string): number {
  const ms = Math.max(0, Date.parse(leftAt) - Date.parse(joinedAt));
  return Math.round(ms / 6_000) / 10;
}

/** Records that a viewer's session in the event's room ended at `at`, with the minutes it lasted. */
export async function recordLeft(trx: Trx, session: Session, at: string) {
  const attendance = await attendanceOf(trx, session);
  if (!attendance) return;
  await insertActivity(trx, attendance, "webinar.left", at, {
    minutes: minutesBetween(session.joined_at, at),
  });
}
