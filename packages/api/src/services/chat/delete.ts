/** Moderators delete a chat message for everyone: it leaves history and open chats. */
import type { Database } from "@pavilion/db";
import type { LiveKitConfig } from "@pavilion/livekit";
import type { ChatPlace, SessionUser } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { openChat, requireModerator } from "./open-chat.ts";
import { publishChat } from "./publish.ts";

/**
 * Marks the message deleted (by a moderator of the chat) and tells the place's room.
 * NotFoundError when the message is not a chat message of this place; deleting twice is fine.
 */
export async function deleteChatMessage(
  deps: { db: Database; livekit: LiveKitConfig | null | undefined; now: Date },
  moderator: SessionUser,
  target: ChatPlace & { messageId: string },
): Promise<void> {
  const chat = await openChat(deps.db, moderator, target);
  requireModerator(chat);
  const message = await deps.db
    .selectFrom("messages")
    .select("deleted_at")
    .where("id", "=", target.messageId)
    .where("room", "=", chat.room)
    .where("kind", "=", "chat")
    .executeTakeFirst();
  if (!message) throw new NotFoundError("message");
  if (message.deleted_at === null) {
    await deps.db
      .updateTable("messages")
      .set({ deleted_at: deps.now.toISOString(), deleted_by: moderator.id })
      .where("id", "=", target.messageId)
      .where("deleted_at", "is", null)
      .execute();
  }
  await publishChat(deps.livekit, chat, { type: "chat.deleted", id: target.messageId });
}
