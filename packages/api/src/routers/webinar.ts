import { router } from "../trpc.ts";

/** Webinars as they happen: state, viewers, the stage, ending, recordings. */
export const webinarRouter = router({});
