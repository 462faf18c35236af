/**
 * Sending a chat message: the API is the authority. It checks the place, the ban or mute and the
 * rate limits, stores the message (and, for a visitor, an activity row that becomes a lead), and
 * only then publishes it to the place's room. A failed publish loses nothing: the message is stored.
 */
import { type Database, groupCommit } from "@pavilion/db";
import type { LiveKitConfig } from "@pavilion/livekit";
import type { ChatMessage, ChatPlace, SessionUser } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { enforceRateLimits, rateRules } from "../limits/rate-limit.ts";
import { chatRestriction } from "./bans.ts";
import { sequentialId } from "./message-ids.ts";
import { type OpenChat, openChat } from "./open-chat.ts";
import { publishChatMessage } from "./publish-batch.ts";

/** Throws chat.banned or chat.muted (with the minutes left, rounded up) when the person may not write now. */
async function requireMayWrite(db: Database, chat: OpenChat, userId: string, now: Date): Promise<void> {
  const { banned, mutedUntil } = await chatRestriction(db, chat.room, userId, now);
  if (banned) throw new AppError("chat.banned");
  if (mutedUntil !== null) {
    const minutes = Math.max(1, Math.ceil((new Date(mutedUntil).getTime() - now.getTime()) / 60_000));
    throw new AppError("chat.muted", undefined, { minutes });
  }
}

/** The activity a visitor's message becomes: at a booth, or at an event (its exhibitor's, if any). */
function activityOf(chat: OpenChat, user: SessionUser, messageId: string, at: string) {
  return {
    ...{ occurred_at: at, user_id: user.id, exhibition_id: chat.exhibitionId },
    ...{ exhibitor_id: chat.exhibitorId, event_id: chat.eventId, material_id: null },
    ...{ kind: chat.eventId === null ? "chat.message" : "webinar.chat", data: JSON.stringify({ messageId }) },
  };
}

/** Stores the caller's message in the place's chat, publishes it, and returns it as clients show it. */
export async function sendChatMessage(
  deps: { db: Database; livekit: LiveKitConfig | null | undefined; now: Date },
  user: SessionUser,
  input: ChatPlace & { body: string },
): Promise<ChatMessage> {
  const { db, now } = deps;
  const chat = await openChat(db, user, input);
  await requireMayWrite(db, chat, user.id, now);
  const subject = `${user.id}:${chat.room}`;
  const id = sequentialId();
  const at = now.toISOString();
  // The limits' counters, the message and its activity are written together, in a commit shared
  // with the messages sent at the same moment (group commit). A message over a limit rolls back
  // alone, so it neither counts nor is kept.
  await groupCommit(db).run(async (trx) => {
    await enforceRateLimits(trx, [rateRules.chatBurst, rateRules.chatHourly], subject, now);
    await trx
      .insertInto("messages")
      .values({
        ...{ id, room: chat.room, kind: "chat", user_id: user.id, body: input.body },
        ...{ question_status: null, created_at: at, deleted_at: null, deleted_by: null, answer: null },
      })
      .execute();
    if (chat.callerRole !== "visitor") return;
    await trx
      .insertInto("activity")
      .values(activityOf(chat, user, id, at))
      .execute();
  });
  // What history would read back, built from what was just stored (the caller's role is the chat's).
  const message: ChatMessage = {
    ...{ id, body: input.body, createdAt: at },
    author: { id: user.id, name: user.name, role: chat.callerRole },
  };
  await publishChatMessage(deps.livekit, chat.liveRoom, message);
  return message;
}
