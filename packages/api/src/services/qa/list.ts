/** An event's Q&A queue as the caller meets it, with whether they may moderate it and ask. */
import type { Database } from "@pavilion/db";
import type { QaList, SessionUser } from "@pavilion/schema";
import { enforce, openEvent, questionRefusal, watchRefusal } from "../events/event-access.ts";
import { questionsFor, viewerOf } from "./questions.ts";

/**
 * The queue for a caller allowed to watch the event (signed out too, when it is open to everyone).
 * NotFoundError for an event they cannot see; the watch rule's refusal when they may not watch.
 */
export async function qaList(db: Database, user: SessionUser | null, eventId: string): Promise<QaList> {
  const caller = await openEvent(db, user, eventId);
  enforce(watchRefusal(caller, user));
  const viewer = viewerOf(caller, user);
  const askRefusal = questionRefusal(caller, user);
  return {
    questions: await questionsFor(db, viewer),
    canModerate: viewer.canModerate,
    canAsk: askRefusal === null,
    askRefusal,
  };
}
