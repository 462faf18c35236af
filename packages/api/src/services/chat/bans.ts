/**
 * Bans and mutes in a chat. Both are rows in the database, so they hold across reconnects, new
 * tokens and API processes: a ban until a moderator lifts it, a mute (a ban with an end) until
 * its time is up or a moderator lifts it earlier.
 */
import type { Database } from "@pavilion/db";
import type { ChatPlace, SessionUser } from "@pavilion/schema";
import { ForbiddenError, NotFoundError } from "../../errors.ts";
import { type OpenChat, openChat, requireModerator } from "./open-chat.ts";

/** What keeps a person from writing in a chat now. */
export interface ChatRestriction {
  /** Banned until a moderator lifts it. */
  banned: boolean;
  /** Muted until then (ISO time); null when not muted or the mute is over. */
  mutedUntil: string | null;
}

/** The person's ban or running mute in the room's chat, if any; a mute that ended is none. */
export async function chatRestriction(
  db: Database,
  room: string,
  userId: string,
  now: Date,
): Promise<ChatRestriction> {
  const row = await db
    .selectFrom("chat_bans")
    .select("until")
    .where("room", "=", room)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return { banned: false, mutedUntil: null };
  if (row.until === null) return { banned: true, mutedUntil: null };
  return { banned: false, mutedUntil: new Date(row.until) > now ? row.until : null };
}

/**
 * Refuses a target nobody may silence here: organisers never; the team of the booth (or of the
 * exhibitor whose webinar it is) only by an organiser. NotFoundError for an unknown person.
 */
async function requireSilenceable(db: Database, moderator: SessionUser, chat: OpenChat, userId: string) {
  const person = await db.selectFrom("users").select("role").where("id", "=", userId).executeTakeFirst();
  if (!person) throw new NotFoundError("user");
  if (person.role === "organiser") throw new ForbiddenError();
  if (chat.exhibitorId === null || moderator.role === "organiser") return;
  const member = await db
    .selectFrom("members")
    .select("user_id")
    .where("exhibitor_id", "=", chat.exhibitorId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (member) throw new ForbiddenError();
}

async function silence(
  db: Database,
  moderator: SessionUser,
  target: ChatPlace & { userId: string },
  now: Date,
  until: string | null,
): Promise<void> {
  const chat = await openChat(db, moderator, target);
  requireModerator(chat);
  await requireSilenceable(db, moderator, chat, target.userId);
  const row = { banned_by: moderator.id, created_at: now.toISOString(), until };
  await db
    .insertInto("chat_bans")
    .values({ room: chat.room, user_id: target.userId, ...row })
    .onConflict((conflict) => {
      const update = conflict.columns(["room", "user_id"]).doUpdateSet(row);
      // Banning someone banned already changes nothing; any mute is replaced by the new decision.
      return until === null ? update.where("chat_bans.until", "is not", null) : update;
    })
    .execute();
}

/**
 * Bans a person from the chat until lifted (banning again changes nothing; a mute becomes a ban).
 * Moderators ban; nobody bans an organiser, and only organisers ban the exhibitor's own staff.
 */
export async function banFromChat(
  db: Database,
  moderator: SessionUser,
  target: ChatPlace & { userId: string },
  now: Date,
): Promise<void> {
  await silence(db, moderator, target, now, null);
}

/** Mutes a person in the chat for `minutes` from now, replacing a ban or mute they had; as banFromChat for who may. */
export async function muteInChat(
  db: Database,
  moderator: SessionUser,
  target: ChatPlace & { userId: string; minutes: number },
  now: Date,
): Promise<void> {
  const until = new Date(now.getTime() + target.minutes * 60_000).toISOString();
  await silence(db, moderator, target, now, until);
}

/** Lifts a person's ban or mute from the chat (moderators); lifting none is fine. */
export async function unbanFromChat(
  db: Database,
  moderator: SessionUser,
  target: ChatPlace & { userId: string },
): Promise<void> {
  const chat = await openChat(db, moderator, target);
  requireModerator(chat);
  await db
    .deleteFrom("chat_bans")
    .where("room", "=", chat.room)
    .where("user_id", "=", target.userId)
    .execute();
}
