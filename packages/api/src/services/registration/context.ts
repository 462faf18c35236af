/** What the registration services use, and the checks they share. */
import type { Database, Event, Registration } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";
import type { SessionUser } from "@pavilion/schema";
import { ForbiddenError, NotFoundError } from "../../errors.ts";
import { type EventForCaller, openEvent } from "../events/event-access.ts";
import type { Mailer } from "../mail/mailer.ts";
import { letterFacts, type RegistrationLetter, registrationLetter } from "./letters.ts";

export interface RegistrationDeps {
  db: Database;
  mailer: Mailer;
  now: Date;
  /** Where people reach the app, for links in letters. */
  publicUrl: string;
  /** The caller's language, for words inside error messages. */
  locale: SupportedLocale;
}

/** The event, for one who manages its registrations: its hosts and organisers; others are refused. */
export async function openEventToManage(db: Database, user: SessionUser, eventId: string): Promise<Event> {
  const caller = await openEvent(db, user, eventId);
  if (!caller.isHost && !caller.isOrganiser) throw new ForbiddenError();
  return caller.event;
}

export async function findRegistration(db: Database, registrationId: string): Promise<Registration> {
  const row = await db
    .selectFrom("registrations")
    .selectAll()
    .where("id", "=", registrationId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("registration");
  return row;
}

/** Sends the letter at once (after the change committed), through the outbox and SMTP. */
export async function sendLetter(deps: RegistrationDeps, kind: RegistrationLetter, registrationId: string) {
  const facts = await letterFacts(deps.db, registrationId, deps.publicUrl);
  await deps.mailer.send(registrationLetter(kind, facts));
}

/**
 * The event as its registration form meets the caller: as `openEvent` shows it, and a cancelled
 * event too (it was public, and its page must say it is cancelled rather than vanish).
 */
export async function openEventToRegister(
  db: Database,
  user: SessionUser | null,
  eventId: string,
): Promise<EventForCaller> {
  try {
    return await openEvent(db, user, eventId);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const event = await db.selectFrom("events").selectAll().where("id", "=", eventId).executeTakeFirst();
    if (event?.status !== "cancelled") throw error;
    return { event, isHost: false, isOrganiser: false, registration: null };
  }
}
