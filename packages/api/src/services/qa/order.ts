/** The order of an event's Q&A queue, as qaListSchema describes it. */
import type { Question, QuestionStatus } from "@pavilion/schema";

const GROUP: Record<QuestionStatus, number> = { answered: 0, approved: 1, done: 2, pending: 3, rejected: 4 };

/** Answered first, then approved by votes (most first) and age, then done; pending, then rejected, oldest first. */
export function compareQuestions(a: Question, b: Question): number {
  const group = GROUP[a.status] - GROUP[b.status];
  if (group !== 0) return group;
  const byVotes = a.status === "answered" || a.status === "approved" ? b.votes - a.votes : 0;
  if (byVotes !== 0) return byVotes;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The questions in queue order (a new array). */
export function inQueueOrder(questions: readonly Question[]): Question[] {
  return [...questions].sort(compareQuestions);
}
