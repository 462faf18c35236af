/** A chat's history, a page at a time, with what the caller may do there. */
import type { Database } from "@pavilion/db";
import type { ChatHistory, ChatPlace, SessionUser } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { chatRestriction } from "./bans.ts";
import { chatMessages, toChatMessages } from "./messages.ts";
import { openChat } from "./open-chat.ts";

export type HistoryPage = ChatPlace & {
  /** A message id: the page holds the messages before it (it may since have been deleted). */
  before?: string | undefined;
  limit: number;
};

/**
 * The latest `limit` messages of the chat (or those before `page.before`), oldest first; deleted
 * ones never come back. NotFoundError for a place the caller cannot see or an unknown `before`.
 */
export async function chatHistory(
  db: Database,
  user: SessionUser,
  page: HistoryPage,
  now: Date,
): Promise<ChatHistory> {
  const chat = await openChat(db, user, page);
  let query = chatMessages(db, chat);
  if (page.before !== undefined) {
    const cursor = await db
      .selectFrom("messages")
      .select(["id", "created_at"])
      .where("id", "=", page.before)
      .where("room", "=", chat.room)
      .executeTakeFirst();
    if (!cursor) throw new NotFoundError("message");
    query = query.where((eb) =>
      eb.or([
        eb("messages.created_at", "<", cursor.created_at),
        eb.and([eb("messages.created_at", "=", cursor.created_at), eb("messages.id", "<", cursor.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("messages.created_at", "desc")
    .orderBy("messages.id", "desc")
    .limit(page.limit)
    .execute();
  return {
    messages: toChatMessages(rows.reverse()),
    canModerate: chat.canModerate,
    ...(await chatRestriction(db, chat.room, user.id, now)),
  };
}
