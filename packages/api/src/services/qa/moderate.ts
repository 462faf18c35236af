/** A host's decisions on the questions of their event: approve, answer, mark done, reject. */
import type { Database } from "@pavilion/db";
import type { LiveKitConfig } from "@pavilion/livekit";
import type { Question, SessionUser } from "@pavilion/schema";
import { AppError, ForbiddenError, NotFoundError } from "../../errors.ts";
import { eventChatRoom } from "../chat/open-chat.ts";
import { openEvent } from "../events/event-access.ts";
import { publishQaChange } from "./publish.ts";
import { questionFor, viewerOf } from "./questions.ts";

export interface QuestionDecision {
  eventId: string;
  questionId: string;
  status: "approved" | "answered" | "done" | "rejected";
  /** A written answer, only with "answered"; empty clears it; absent keeps the one given before. */
  answer?: string | undefined;
}

/**
 * Sets the question's status (hosts of the event and organisers; ForbiddenError for others), tells
 * the event's room and returns the question. NotFoundError for a question not of this event.
 */
export async function moderateQuestion(
  deps: { db: Database; livekit: LiveKitConfig | null | undefined },
  user: SessionUser,
  decision: QuestionDecision,
): Promise<Question> {
  const { db } = deps;
  const caller = await openEvent(db, user, decision.eventId);
  const viewer = viewerOf(caller, user);
  if (!viewer.canModerate) throw new ForbiddenError();
  if (decision.answer !== undefined && decision.status !== "answered")
    throw new AppError("validation.invalid");
  const question = await db
    .selectFrom("messages")
    .select("answer")
    .where("id", "=", decision.questionId)
    .where("room", "=", eventChatRoom(decision.eventId))
    .where("kind", "=", "question")
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  if (!question) throw new NotFoundError("question");
  const answer = decision.answer === undefined ? question.answer : decision.answer || null;
  await db
    .updateTable("messages")
    .set({ question_status: decision.status, answer })
    .where("id", "=", decision.questionId)
    .execute();
  await publishQaChange(deps.livekit, decision.eventId, decision.questionId);
  return questionFor(db, viewer, decision.questionId);
}
