/** A booth's chat history, a page at a time, with what the caller may do there. */
import type { Database } from "@pavilion/db";
import type { ChatHistory, SessionUser } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { isBanned } from "./bans.ts";
import { canModerate, openBoothChat } from "./booth-chat.ts";
import { chatMessages, toChatMessages } from "./messages.ts";

export interface HistoryPage {
  exhibitorId: string;
  /** A message id: the page holds the messages before it (it may since have been deleted). */
  before?: string | undefined;
  limit: number;
}

/**
 * The latest `limit` messages of the booth's chat (or those before `page.before`), oldest first;
 * deleted ones never come back. NotFoundError for a booth the caller cannot see or an unknown `before`.
 */
export async function chatHistory(db: Database, user: SessionUser, page: HistoryPage): Promise<ChatHistory> {
  const chat = await openBoothChat(db, user, page.exhibitorId);
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
    canModerate: canModerate(chat),
    banned: await isBanned(db, chat.room, user.id),
  };
}
