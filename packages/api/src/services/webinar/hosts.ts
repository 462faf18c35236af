/** The event for someone who runs it: its hosts, and organisers (who moderate any room). */
import type { Database } from "@pavilion/db";
import type { LiveKitConfig } from "@pavilion/livekit";
import type { SessionUser } from "@pavilion/schema";
import { AppError, ForbiddenError } from "../../errors.ts";
import { type EventForCaller, openEvent } from "../events/event-access.ts";

/** The event when the caller hosts it or is an organiser; ForbiddenError for anyone else. */
export async function openAsModerator(
  db: Database,
  user: SessionUser,
  eventId: string,
): Promise<EventForCaller> {
  const caller = await openEvent(db, user, eventId);
  if (!caller.isHost && !caller.isOrganiser) throw new ForbiddenError();
  return caller;
}

/** The event when the caller hosts it; ForbiddenError for anyone else, organisers of others' webinars too. */
export async function openAsHost(db: Database, user: SessionUser, eventId: string): Promise<EventForCaller> {
  const caller = await openEvent(db, user, eventId);
  if (!caller.isHost) throw new ForbiddenError();
  return caller;
}

/** The LiveKit server, or live.unavailable when none is configured. */
export function liveKitOrUnavailable(livekit: LiveKitConfig | null | undefined): LiveKitConfig {
  if (!livekit) throw new AppError("live.unavailable");
  return livekit;
}
