/**
 * Sending a chat message: the API is the authority. It checks the booth, the ban and the rate
 * limits, stores the message (and, for a visitor, an activity row that becomes a lead), and only
 * then publishes it to the booth's room. A failed publish loses nothing: the message is stored.
 */
import type { Database } from "@pavilion/db";
import type { LiveKitConfig } from "@pavilion/livekit";
import type { ChatMessage, SessionUser } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { enforceRateLimit, rateRules } from "../limits/rate-limit.ts";
import { isBanned } from "./bans.ts";
import { openBoothChat } from "./booth-chat.ts";
import { sequentialId } from "./message-ids.ts";
import { chatMessage } from "./messages.ts";
import { publishToBooth } from "./publish.ts";

/** Stores the caller's message in the booth's chat, publishes it, and returns it as clients show it. */
export async function sendChatMessage(
  deps: { db: Database; livekit: LiveKitConfig | null | undefined; now: Date },
  user: SessionUser,
  input: { exhibitorId: string; body: string },
): Promise<ChatMessage> {
  const { db, now } = deps;
  const chat = await openBoothChat(db, user, input.exhibitorId);
  if (await isBanned(db, chat.room, user.id)) throw new AppError("chat.banned");
  const subject = `${user.id}:${chat.exhibitorId}`;
  await enforceRateLimit(db, rateRules.chatBurst, subject, now);
  await enforceRateLimit(db, rateRules.chatHourly, subject, now);
  const id = sequentialId();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("messages")
      .values({
        ...{ id, room: chat.room, kind: "chat", user_id: user.id, body: input.body },
        ...{ question_status: null, created_at: at, deleted_at: null, deleted_by: null },
      })
      .execute();
    if (chat.callerRole !== "visitor") return;
    await trx
      .insertInto("activity")
      .values({
        ...{ occurred_at: at, user_id: user.id, exhibition_id: chat.exhibitionId },
        ...{ exhibitor_id: chat.exhibitorId, event_id: null, material_id: null },
        ...{ kind: "chat.message", data: JSON.stringify({ messageId: id }) },
      })
      .execute();
  });
  const message = await chatMessage(db, chat, id);
  await publishToBooth(deps.livekit, chat.exhibitorId, { type: "chat.message", message });
  return message;
}
