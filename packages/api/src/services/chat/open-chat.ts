/**
 * A chat as one caller meets it, in a booth or at an event: which room it is kept under, which
 * LiveKit room delivers it, who the caller is there and whether they may moderate. Visitors only
 * find chats of approved booths, and an event's chat only when the event lets them watch.
 */
import type { Database } from "@pavilion/db";
import { boothRoomName, eventRoomName } from "@pavilion/livekit";
import type { ChatAuthorRole, ChatPlace, SessionUser } from "@pavilion/schema";
import { AppError, ForbiddenError, NotFoundError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";
import { enforce, openEvent, watchRefusal } from "../events/event-access.ts";

/** A chat and the caller's place in it. */
export interface OpenChat {
  exhibitionId: string;
  /** The booth's exhibitor, or the exhibitor whose webinar the event is (null for the organiser's programme). */
  exhibitorId: string | null;
  /** The event, for an event's chat. */
  eventId: string | null;
  /** "booth:<exhibitorId>" or "event:<eventId>": the messages' and bans' room. */
  room: string;
  /** The LiveKit room the chat's packets are published to. */
  liveRoom: string;
  /** Staff of the exhibitor, an organiser, or a visitor. */
  callerRole: ChatAuthorRole;
  /** Staff of the booth and organisers; at an event, its hosts and organisers. */
  canModerate: boolean;
}

/** The room a booth's messages and bans are kept under. */
export function boothChatRoom(exhibitorId: string): string {
  return `booth:${exhibitorId}`;
}

/** The room an event's chat messages, questions and bans are kept under. */
export function eventChatRoom(eventId: string): string {
  return `event:${eventId}`;
}

/** Refuses a caller who may not moderate the chat. */
export function requireModerator(chat: OpenChat): void {
  if (!chat.canModerate) throw new ForbiddenError();
}

function roleAt(user: SessionUser, exhibitorId: string | null): ChatAuthorRole {
  if (exhibitorId !== null && isMemberOf(user, exhibitorId)) return "staff";
  return user.role === "organiser" ? "organiser" : "visitor";
}

async function openBoothChat(db: Database, user: SessionUser, exhibitorId: string): Promise<OpenChat> {
  const exhibitor = await db
    .selectFrom("exhibitors")
    .select(["exhibition_id", "status"])
    .where("id", "=", exhibitorId)
    .executeTakeFirst();
  const callerRole = roleAt(user, exhibitorId);
  if (!exhibitor || (exhibitor.status !== "approved" && callerRole === "visitor"))
    throw new NotFoundError("booth");
  return {
    ...{ exhibitionId: exhibitor.exhibition_id, exhibitorId, eventId: null },
    ...{ room: boothChatRoom(exhibitorId), liveRoom: boothRoomName(exhibitorId) },
    ...{ callerRole, canModerate: callerRole !== "visitor" },
  };
}

async function openEventChat(db: Database, user: SessionUser, eventId: string): Promise<OpenChat> {
  const caller = await openEvent(db, user, eventId);
  enforce(watchRefusal(caller, user));
  const { event } = caller;
  return {
    ...{ exhibitionId: event.exhibition_id, exhibitorId: event.exhibitor_id, eventId },
    ...{ room: eventChatRoom(eventId), liveRoom: eventRoomName(eventId) },
    ...{ callerRole: roleAt(user, event.exhibitor_id), canModerate: caller.isHost || caller.isOrganiser },
  };
}

/**
 * The chat of the place for this caller. A booth: NotFoundError for an unknown one and, unless the
 * caller is on its team or an organiser, for one not approved. An event: NotFoundError unless the
 * caller may see it, and its watch rule's refusal (an AppError) unless they may watch it.
 */
export async function openChat(db: Database, user: SessionUser, place: ChatPlace): Promise<OpenChat> {
  if (place.eventId !== undefined) return openEventChat(db, user, place.eventId);
  if (place.exhibitorId !== undefined) return openBoothChat(db, user, place.exhibitorId);
  throw new AppError("validation.invalid");
}
