import {
  qaAskInput,
  qaListInput,
  qaListSchema,
  qaModerateInput,
  qaVoteInput,
  questionSchema,
} from "@pavilion/schema";
import { askQuestion } from "../services/qa/ask.ts";
import { qaList } from "../services/qa/list.ts";
import { moderateQuestion } from "../services/qa/moderate.ts";
import { voteOnQuestion } from "../services/qa/vote.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

/**
 * An event's Q&A queue: ask, approve, answer, mark done, upvote. Every change is stored, then
 * the event's room is told (topic QA_TOPIC) so clients fetch the queue again.
 */
export const qaRouter = router({
  /** The queue as the caller may see it; signed out too, for an event open to everyone. */
  list: publicProcedure
    .input(qaListInput)
    .output(qaListSchema)
    .query(({ ctx, input }) => qaList(ctx.services.db, ctx.user, input.eventId)),

  /** Puts a question to the event (under its question rule; rate-limited); it waits for approval. */
  ask: signedInProcedure
    .input(qaAskInput)
    .output(questionSchema)
    .mutation(({ ctx, input }) =>
      askQuestion(
        { db: ctx.services.db, livekit: ctx.services.livekit, now: ctx.services.now() },
        ctx.user,
        input,
      ),
    ),

  /** Approves, answers, marks done or rejects a question (hosts of the event and organisers). */
  moderate: signedInProcedure
    .input(qaModerateInput)
    .output(questionSchema)
    .mutation(({ ctx, input }) =>
      moderateQuestion({ db: ctx.services.db, livekit: ctx.services.livekit }, ctx.user, input),
    ),

  /** Upvotes an approved or answered question, or takes the upvote back; once per person. */
  vote: signedInProcedure
    .input(qaVoteInput)
    .output(questionSchema)
    .mutation(({ ctx, input }) =>
      voteOnQuestion(
        { db: ctx.services.db, livekit: ctx.services.livekit, now: ctx.services.now() },
        ctx.user,
        input,
      ),
    ),
});
