import { router } from "../trpc.ts";

/** An event's Q&A queue: ask, approve, answer, mark done, upvote. */
export const qaRouter = router({});
