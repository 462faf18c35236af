/**
 * An event's Q&A queue: viewers ask, a host approves (or rejects) each question before others
 * see it, answers it (aloud, or with a short written answer) and marks it done; viewers upvote.
 * Like chat, every change goes through the API and is stored, then the server tells the event's
 * room (topic QA_TOPIC) so clients fetch the queue again.
 */
import { z } from "zod";
import { idSchema } from "./common.ts";

/** pending: waits for a host; approved: visible, waiting for an answer; answered: being or been answered; done. */
export const questionStatusSchema = z.enum(["pending", "approved", "answered", "done", "rejected"]);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

/** The longest question, in characters (after trimming). */
export const QUESTION_MAX_LENGTH = 500;
/** The longest written answer, in characters. */
export const ANSWER_MAX_LENGTH = 1000;

/** Who may put questions to an event ("viewers": whoever may watch it and is signed in). */
export const questionAccessSchema = z.enum(["viewers", "registered", "approved", "nobody"]);
export type QuestionAccess = z.infer<typeof questionAccessSchema>;

export const questionSchema = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.string(),
  author: z.object({ id: z.string(), name: z.string() }),
  status: questionStatusSchema,
  answer: z.string().nullable(),
  votes: z.number().int().nonnegative(),
  /** The caller upvoted it. */
  votedByMe: z.boolean(),
  /** The caller asked it (so sees it while it waits for approval). */
  mine: z.boolean(),
});
export type Question = z.infer<typeof questionSchema>;

export const qaListInput = z.object({ eventId: idSchema });

/**
 * The queue as the caller may see it: hosts and organisers see every question, others the
 * approved, answered and done ones and their own. Sorted: answered first, then approved by
 * votes (most first) and age, then done; pending (hosts, or one's own) oldest first.
 */
export const qaListSchema = z.object({
  questions: z.array(questionSchema),
  /** The caller hosts the event or is an organiser: may approve, answer, reject, mark done. */
  canModerate: z.boolean(),
  /** The caller may ask now; when not, `askRefusal` names why (an error code). */
  canAsk: z.boolean(),
  askRefusal: z.string().nullable(),
});
export type QaList = z.infer<typeof qaListSchema>;

export const qaAskInput = z.object({
  eventId: idSchema,
  body: z.string().trim().min(1).max(QUESTION_MAX_LENGTH),
});

/** A host's decision on a question; `answer` only with "answered". */
export const qaModerateInput = z.object({
  eventId: idSchema,
  questionId: z.string().min(1).max(100),
  status: z.enum(["approved", "answered", "done", "rejected"]),
  answer: z.string().trim().max(ANSWER_MAX_LENGTH).optional(),
});

/** Upvotes (vote: true) or takes back the upvote (false); one vote per person per question. */
export const qaVoteInput = z.object({
  eventId: idSchema,
  questionId: z.string().min(1).max(100),
  vote: z.boolean(),
});

/** The topic of the Q&A data packets in an event's room. */
export const QA_TOPIC = "qa";

/** The queue changed: clients fetch `qa.list` again (what each sees differs, so no content travels). */
export const qaPacketSchema = z.object({ type: z.literal("qa.changed"), questionId: z.string() });
export type QaPacket = z.infer<typeof qaPacketSchema>;
