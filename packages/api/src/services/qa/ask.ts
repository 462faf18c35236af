/**
 * Putting a question to an event's Q&A: the event's question rule decides who may, a rate limit
 * keeps one person from flooding the queue, and the question waits for a host's approval.
 */
import type { Database } from "@pavilion/db";
import type { LiveKitConfig } from "@pavilion/livekit";
import type { Question, SessionUser } from "@pavilion/schema";
import { sequentialId } from "../chat/message-ids.ts";
import { eventChatRoom } from "../chat/open-chat.ts";
import { enforce, openEvent, questionRefusal } from "../events/event-access.ts";
import { enforceRateLimit, rateRules } from "../limits/rate-limit.ts";
import { publishQaChange } from "./publish.ts";
import { questionFor, viewerOf } from "./questions.ts";

/**
 * Stores the caller's question as pending (for a visitor, with an activity row that becomes a
 * lead), tells the event's room and returns it as the caller sees it.
 */
export async function askQuestion(
  deps: { db: Database; livekit: LiveKitConfig | null | undefined; now: Date },
  user: SessionUser,
  input: { eventId: string; body: string },
): Promise<Question> {
  const { db, now } = deps;
  const caller = await openEvent(db, user, input.eventId);
  enforce(questionRefusal(caller, user));
  await enforceRateLimit(db, rateRules.questionPerMinute, `${user.id}:${input.eventId}`, now);
  const { event } = caller;
  const id = sequentialId();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("messages")
      .values({
        ...{ id, room: eventChatRoom(event.id), kind: "question", user_id: user.id, body: input.body },
        ...{ question_status: "pending", created_at: at, deleted_at: null, deleted_by: null, answer: null },
      })
      .execute();
    if (caller.isHost || caller.isOrganiser) return;
    await trx
      .insertInto("activity")
      .values({
        ...{ occurred_at: at, user_id: user.id, exhibition_id: event.exhibition_id },
        ...{ exhibitor_id: event.exhibitor_id, event_id: event.id, material_id: null },
        ...{ kind: "webinar.question", data: JSON.stringify({ messageId: id }) },
      })
      .execute();
  });
  await publishQaChange(deps.livekit, event.id, id);
  return questionFor(db, viewerOf(caller, user), id);
}
