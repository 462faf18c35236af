/** Upvotes on an event's open questions: one per person per question, taken back at will. */
import type { Database } from "@pavilion/db";
import type { LiveKitConfig } from "@pavilion/livekit";
import type { Question, SessionUser } from "@pavilion/schema";
import { ForbiddenError, NotFoundError } from "../../errors.ts";
import { eventChatRoom } from "../chat/open-chat.ts";
import { enforce, openEvent, watchRefusal } from "../events/event-access.ts";
import { publishQaChange } from "./publish.ts";
import { type QaViewer, questionFor, viewerOf } from "./questions.ts";

const OPEN_FOR_VOTES = new Set(["approved", "answered"]);

/** Refuses a question the viewer cannot see (NotFoundError) or one not open for votes (ForbiddenError). */
async function votableQuestion(db: Database, viewer: QaViewer, questionId: string): Promise<void> {
  const question = await db
    .selectFrom("messages")
    .select(["question_status", "user_id"])
    .where("id", "=", questionId)
    .where("room", "=", eventChatRoom(viewer.eventId))
    .where("kind", "=", "question")
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  if (!question) throw new NotFoundError("question");
  const status = question.question_status ?? "pending";
  if (OPEN_FOR_VOTES.has(status)) return;
  const seen = viewer.canModerate || status === "done" || question.user_id === viewer.userId;
  throw seen ? new ForbiddenError() : new NotFoundError("question");
}

/** True when the vote was not there before. */
async function addVote(db: Database, questionId: string, userId: string, now: Date): Promise<boolean> {
  const result = await db
    .insertInto("question_votes")
    .values({ message_id: questionId, user_id: userId, created_at: now.toISOString() })
    .onConflict((conflict) => conflict.columns(["message_id", "user_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** True when there was a vote to take back. */
async function removeVote(db: Database, questionId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("question_votes")
    .where("message_id", "=", questionId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Records (vote: true) or takes back (false) the caller's upvote; doing it twice changes nothing.
 * The caller must be allowed to watch the event. Tells the room when the count changed.
 */
export async function voteOnQuestion(
  deps: { db: Database; livekit: LiveKitConfig | null | undefined; now: Date },
  user: SessionUser,
  input: { eventId: string; questionId: string; vote: boolean },
): Promise<Question> {
  const { db } = deps;
  const caller = await openEvent(db, user, input.eventId);
  enforce(watchRefusal(caller, user));
  const viewer = viewerOf(caller, user);
  await votableQuestion(db, viewer, input.questionId);
  const changed = input.vote
    ? await addVote(db, input.questionId, user.id, deps.now)
    : await removeVote(db, input.questionId, user.id);
  if (changed) await publishQaChange(deps.livekit, input.eventId, input.questionId);
  return questionFor(db, viewer, input.questionId);
}
