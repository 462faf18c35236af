/**
 * An event as one caller meets it: whether they host it, and what its rules let them do —
 * watch live, ask questions, see the recording. Tokens, chat, Q&A and recordings all ask here,
 * so the rules are enforced the same way everywhere.
 */
import type { Database, Event, EventAccess, QuestionAccess, RecordingAccess } from "@pavilion/db";
import type { AppErrorCode, SessionUser } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";

/** The event and the caller's standing in it. */
export interface EventForCaller {
  event: Event;
  /** Staff of the exhibitor whose webinar it is, or an organiser for the organiser's programme. */
  isHost: boolean;
  isOrganiser: boolean;
  /** The caller's registration status, if any (the latest accepted or pending one wins). */
  registration: "accepted" | "pending" | null;
}

async function registrationOf(db: Database, eventId: string, user: SessionUser | null) {
  if (!user) return null;
  const row = await db
    .selectFrom("registrations")
    .select("status")
    .where("event_id", "=", eventId)
    .where("user_id", "=", user.id)
    .where("status", "in", ["accepted", "pending"])
    // "accepted" sorts before "pending": an accepted registration wins over one made again.
    .orderBy("status")
    .executeTakeFirst();
  return (row?.status as "accepted" | "pending" | undefined) ?? null;
}

/**
 * Loads the event for this caller. NotFoundError for an unknown event, and for one not approved
 * unless the caller hosts it or is an organiser (drafts exist only for them).
 */
export async function openEvent(
  db: Database,
  user: SessionUser | null,
  eventId: string,
): Promise<EventForCaller> {
  const event = await db.selectFrom("events").selectAll().where("id", "=", eventId).executeTakeFirst();
  if (!event) throw new NotFoundError("event");
  const isOrganiser = user?.role === "organiser";
  const isHost = event.exhibitor_id === null ? isOrganiser : isMemberOf(user, event.exhibitor_id);
  if (event.status !== "approved" && !isHost && !isOrganiser) throw new NotFoundError("event");
  return { event, isHost, isOrganiser, registration: await registrationOf(db, eventId, user) };
}

/** Why a viewer may not get in under `rule`, or null when they may (hosts and organisers always may). */
function refusalUnder(
  rule: EventAccess,
  caller: EventForCaller,
  user: SessionUser | null,
  codes: { registration: AppErrorCode; approval: AppErrorCode },
): AppErrorCode | null {
  if (caller.isHost || caller.isOrganiser) return null;
  if (rule === "everyone") return null;
  if (!user) return "auth.signInRequired";
  if (rule === "signed_in") return null;
  if (caller.registration === null) return codes.registration;
  if (rule === "approved" && caller.registration !== "accepted") return codes.approval;
  return null;
}

/** Why the caller may not watch the event live, or null when they may. */
export function watchRefusal(caller: EventForCaller, user: SessionUser | null): AppErrorCode | null {
  return refusalUnder(caller.event.access, caller, user, {
    registration: "live.registrationRequired",
    approval: "live.approvalRequired",
  });
}

/** Why the caller may not ask a question, or null when they may: they must be signed in and allowed to watch. */
export function questionRefusal(caller: EventForCaller, user: SessionUser | null): AppErrorCode | null {
  if (!user) return "auth.signInRequired";
  if (caller.isHost || caller.isOrganiser) return null;
  const rule: QuestionAccess = caller.event.question_access;
  if (rule === "nobody") return "qa.closed";
  const watching = watchRefusal(caller, user);
  if (watching) return watching;
  if (rule === "viewers") return null;
  return refusalUnder(rule, caller, user, {
    registration: "qa.registrationRequired",
    approval: "qa.approvalRequired",
  });
}

/** Why the caller may not see the event's recording, or null when they may. */
export function recordingRefusal(caller: EventForCaller, user: SessionUser | null): AppErrorCode | null {
  if (caller.isHost || caller.isOrganiser) return null;
  const rule: RecordingAccess = caller.event.recording_access;
  if (rule === "hosts") return "live.recordingForbidden";
  return refusalUnder(rule, caller, user, {
    registration: "live.recordingForbidden",
    approval: "live.recordingForbidden",
  });
}

/** Throws the refusal as an AppError when there is one. */
export function enforce(refusal: AppErrorCode | null): void {
  if (refusal) throw new AppError(refusal);
}
