/**
 * Bans from a booth's chat. They are rows in the database, so a ban holds across reconnects,
 * new tokens and API processes until a moderator lifts it.
 */
import type { Database } from "@pavilion/db";
import type { SessionUser } from "@pavilion/schema";
import { ForbiddenError, NotFoundError } from "../../errors.ts";
import { openBoothChat, requireModerator } from "./booth-chat.ts";

/** True when the person may not write in the room's chat. */
export async function isBanned(db: Database, room: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("chat_bans")
    .select("user_id")
    .where("room", "=", room)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Bans a person from the booth's chat (banning again changes nothing). Staff of the booth and
 * organisers may ban; nobody bans an organiser, and only organisers ban the booth's own staff.
 */
export async function banFromChat(
  db: Database,
  moderator: SessionUser,
  target: { exhibitorId: string; userId: string },
  now: Date,
): Promise<void> {
  const chat = await openBoothChat(db, moderator, target.exhibitorId);
  requireModerator(chat);
  const person = await db
    .selectFrom("users")
    .leftJoin("members", (join) =>
      join.onRef("members.user_id", "=", "users.id").on("members.exhibitor_id", "=", target.exhibitorId),
    )
    .select(["users.role", "members.user_id as member"])
    .where("users.id", "=", target.userId)
    .executeTakeFirst();
  if (!person) throw new NotFoundError("user");
  if (person.role === "organiser") throw new ForbiddenError();
  if (person.member !== null && moderator.role !== "organiser") throw new ForbiddenError();
  await db
    .insertInto("chat_bans")
    .values({
      room: chat.room,
      user_id: target.userId,
      banned_by: moderator.id,
      created_at: now.toISOString(),
    })
    .onConflict((conflict) => conflict.columns(["room", "user_id"]).doNothing())
    .execute();
}

/** Lifts a person's ban from the booth's chat (staff of the booth and organisers); lifting none is fine. */
export async function unbanFromChat(
  db: Database,
  moderator: SessionUser,
  target: { exhibitorId: string; userId: string },
): Promise<void> {
  const chat = await openBoothChat(db, moderator, target.exhibitorId);
  requireModerator(chat);
  await db
    .deleteFrom("chat_bans")
    .where("room", "=", chat.room)
    .where("user_id", "=", target.userId)
    .execute();
}
