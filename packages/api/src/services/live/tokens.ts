/**
 * Join tokens for LiveKit rooms. The caller names a booth or an event, never a room; the room
 * name and the rights follow from what the database says about the caller and that booth or event.
 * Nobody but the server sends data into a room: chat goes through the API, then LiveKit.
 */
import type { Database, EventAccess } from "@pavilion/db";
import {
  boothRoomName,
  DEFAULT_TOKEN_TTL_SECONDS,
  eventRoomName,
  type LiveKitConfig,
  mintToken,
} from "@pavilion/livekit";
import type { LiveRole, LiveToken, SessionUser } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";

/** Who joins, with which rights; the token is minted from this. */
interface Seat {
  room: string;
  role: LiveRole;
  canPublish: boolean;
}

function liveKitOrUnavailable(livekit: LiveKitConfig | null | undefined): LiveKitConfig {
  if (!livekit) throw new AppError("live.unavailable");
  return livekit;
}

async function tokenFor(
  livekit: LiveKitConfig,
  who: { identity: string; name: string },
  seat: Seat,
): Promise<LiveToken> {
  const token = await mintToken(livekit, {
    ...who,
    room: seat.room,
    canPublish: seat.canPublish,
    canPublishData: false,
    canSubscribe: true,
    ttlSeconds: DEFAULT_TOKEN_TTL_SECONDS,
    metadata: JSON.stringify({ role: seat.role }),
  });
  return {
    ...{ url: livekit.url, token, room: seat.room, role: seat.role },
    ...{ canPublish: seat.canPublish, ttlSeconds: DEFAULT_TOKEN_TTL_SECONDS },
  };
}

const isMemberOf = (user: SessionUser | null, exhibitorId: string) =>
  user?.memberships.some((membership) => membership.exhibitorId === exhibitorId) ?? false;

/**
 * A token for the booth's room: its owners and staff publish, organisers and visitors watch.
 * Visitors only get into approved booths; an unknown or unapproved booth is NotFoundError.
 */
export async function boothToken(
  db: Database,
  livekit: LiveKitConfig | null | undefined,
  user: SessionUser,
  exhibitorId: string,
): Promise<LiveToken> {
  const exhibitor = await db
    .selectFrom("exhibitors")
    .select("status")
    .where("id", "=", exhibitorId)
    .executeTakeFirst();
  const role: LiveRole = isMemberOf(user, exhibitorId)
    ? "staff"
    : user.role === "organiser"
      ? "organiser"
      : "visitor";
  if (!exhibitor || (exhibitor.status !== "approved" && role === "visitor")) throw new NotFoundError("booth");
  const seat = { room: boothRoomName(exhibitorId), role, canPublish: role === "staff" };
  return tokenFor(liveKitOrUnavailable(livekit), { identity: user.id, name: user.name }, seat);
}

/** Refuses a viewer the event's access rule keeps out (hosts and organisers are never refused). */
async function checkAccess(db: Database, eventId: string, access: EventAccess, user: SessionUser | null) {
  if (access === "everyone") return;
  if (!user) throw new AppError("auth.signInRequired");
  if (access === "signed_in") return;
  const registration = await db
    .selectFrom("registrations")
    .select("status")
    .where("event_id", "=", eventId)
    .where("user_id", "=", user.id)
    .where("status", "in", ["accepted", "pending"])
    // An accepted registration wins over a pending one made again.
    .orderBy("status")
    .executeTakeFirst();
  if (!registration) throw new AppError("live.registrationRequired");
  if (access === "approved" && registration.status !== "accepted")
    throw new AppError("live.approvalRequired");
}

/**
 * A token for the event's room. Hosts publish: the exhibitor's staff at its webinar, organisers
 * at a programme session. Organisers watch anything; others as the event's access rule allows
 * (anyone, signed in, registered, approved registration). Unapproved events exist only for hosts
 * and organisers. Signed-out viewers of an open event join as a nameless guest.
 */
export async function eventToken(
  db: Database,
  livekit: LiveKitConfig | null | undefined,
  user: SessionUser | null,
  eventId: string,
): Promise<LiveToken> {
  const event = await db
    .selectFrom("events")
    .select(["exhibitor_id", "status", "access"])
    .where("id", "=", eventId)
    .executeTakeFirst();
  if (!event) throw new NotFoundError("event");
  const organiser = user?.role === "organiser";
  const host = event.exhibitor_id === null ? organiser : isMemberOf(user, event.exhibitor_id);
  if (event.status !== "approved" && !host && !organiser) throw new NotFoundError("event");
  if (!host && !organiser) await checkAccess(db, eventId, event.access, user);
  const role: LiveRole = host && event.exhibitor_id !== null ? "staff" : organiser ? "organiser" : "visitor";
  const seat = { room: eventRoomName(eventId), role, canPublish: host };
  const who = user
    ? { identity: user.id, name: user.name }
    : { identity: `guest-${crypto.randomUUID()}`, name: "" };
  return tokenFor(liveKitOrUnavailable(livekit), who, seat);
}
