/**
 * Join tokens for LiveKit rooms. The caller names a booth or an event, never a room; the room
 * name and the rights follow from what the database says about the caller and that booth or event
 * (for events: event-access.ts and the stage).
 * Nobody but the server sends data into a room: chat goes through the API, then LiveKit.
 */
import type { Database } from "@pavilion/db";
import {
  boothRoomName,
  DEFAULT_TOKEN_TTL_SECONDS,
  eventRoomName,
  type LiveKitConfig,
  mintToken,
  STAGE_SOURCES,
  type TrackSourceName,
} from "@pavilion/livekit";
import type { LiveRole, LiveToken, SessionUser } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";
import { enforce, openEvent, watchRefusal } from "../events/event-access.ts";
import { liveKitOrUnavailable } from "../webinar/hosts.ts";
import { isOnStage } from "../webinar/stage.ts";

/** Who joins, with which rights; the token is minted from this. */
interface Seat {
  room: string;
  role: LiveRole;
  canPublish: boolean;
  /** Only these sources may be published; all when absent. */
  sources?: readonly TrackSourceName[];
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
    ...(seat.sources ? { canPublishSources: seat.sources } : {}),
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

/**
 * A token for the event's room. Hosts publish: the exhibitor's staff at its webinar, organisers
 * at a programme session; a viewer a host brought on stage publishes camera and microphone.
 * Organisers watch anything; others as the event's access rule allows (see event-access.ts).
 * Unapproved events exist only for hosts and organisers. Signed-out viewers of an open event join
 * as a nameless guest. Once the webinar ended nobody gets in (live.ended): it does not go live again.
 */
export async function eventToken(
  db: Database,
  livekit: LiveKitConfig | null | undefined,
  user: SessionUser | null,
  eventId: string,
): Promise<LiveToken> {
  const caller = await openEvent(db, user, eventId);
  const { event, isHost, isOrganiser } = caller;
  if (event.ended_at !== null) throw new AppError("live.ended");
  enforce(watchRefusal(caller, user));
  const room = eventRoomName(event.id);
  const onStage = !isHost && user !== null && (await isOnStage(db, room, user.id));
  const role: LiveRole =
    isHost && event.exhibitor_id !== null ? "staff" : isOrganiser ? "organiser" : "visitor";
  const seat: Seat = {
    room,
    role,
    canPublish: isHost || onStage,
    ...(onStage ? { sources: STAGE_SOURCES } : {}),
  };
  const who = user
    ? { identity: user.id, name: user.name }
    : { identity: `guest-${crypto.randomUUID()}`, name: "" };
  return tokenFor(liveKitOrUnavailable(livekit), who, seat);
}
