/**
 * A booth's chat as one caller meets it: which room it is, who the caller is there, and
 * whether they may moderate. Visitors only find chats of approved booths.
 */
import type { Database } from "@pavilion/db";
import type { ChatAuthorRole, SessionUser } from "@pavilion/schema";
import { ForbiddenError, NotFoundError } from "../../errors.ts";

/** The booth's chat and the caller's place in it. */
export interface BoothChat {
  exhibitorId: string;
  exhibitionId: string;
  /** "booth:<exhibitorId>", the messages' and bans' room. */
  room: string;
  /** Staff of this booth, an organiser, or a visitor. */
  callerRole: ChatAuthorRole;
}

/** The room a booth's messages and bans are kept under. */
export function boothChatRoom(exhibitorId: string): string {
  return `booth:${exhibitorId}`;
}

/** Staff of the booth and organisers moderate its chat. */
export function canModerate(chat: BoothChat): boolean {
  return chat.callerRole !== "visitor";
}

/** Refuses a caller who may not moderate the chat. */
export function requireModerator(chat: BoothChat): void {
  if (!canModerate(chat)) throw new ForbiddenError();
}

/**
 * The booth's chat for this caller; NotFoundError for an unknown booth and, unless the caller
 * is on its team or an organiser, for one that is not approved.
 */
export async function openBoothChat(
  db: Database,
  user: SessionUser,
  exhibitorId: string,
): Promise<BoothChat> {
  const exhibitor = await db
    .selectFrom("exhibitors")
    .select(["exhibition_id", "status"])
    .where("id", "=", exhibitorId)
    .executeTakeFirst();
  const callerRole: ChatAuthorRole = user.memberships.some((m) => m.exhibitorId === exhibitorId)
    ? "staff"
    : user.role === "organiser"
      ? "organiser"
      : "visitor";
  if (!exhibitor || (exhibitor.status !== "approved" && callerRole === "visitor"))
    throw new NotFoundError("booth");
  return { exhibitorId, exhibitionId: exhibitor.exhibition_id, room: boothChatRoom(exhibitorId), callerRole };
}
