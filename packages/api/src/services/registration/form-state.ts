/** The registration form as one caller meets it: open or why not, its choices, their registration. */
import type { Database, Registration } from "@pavilion/db";
import type { RegistrationFormState, SessionUser } from "@pavilion/schema";
import { closedReason, seatsLeft, seatsTaken } from "./availability.ts";
import { openEventToRegister } from "./context.ts";
import { activeHeardFromOptions } from "./heard-from.ts";
import { toMyRegistration } from "./rows.ts";

export async function registrationFormState(
  db: Database,
  user: SessionUser | null,
  eventId: string,
  now: Date,
): Promise<RegistrationFormState> {
  const caller = await openEventToRegister(db, user, eventId);
  const { event } = caller;
  const taken = await seatsTaken(db, event.id);
  const mine = user ? await latestOf(db, user.id, event.id) : null;
  return {
    ...{ eventId: event.id, mode: event.registration_mode, closedReason: closedReason(event, taken, now) },
    ...{ capacity: event.capacity, seatsLeft: seatsLeft(event, taken) },
    heardFromOptions: await activeHeardFromOptions(db, event.exhibition_id),
    mine: mine ? toMyRegistration(mine) : null,
    prefill: user ? await prefillFor(db, user) : emptyPrefill,
    canManage: caller.isHost || caller.isOrganiser,
    host: await hostOf(db, event.exhibitor_id),
  };
}

/** The exhibitor's name in both languages, or null for the organisers' own events. */
async function hostOf(db: Database, exhibitorId: string | null): Promise<RegistrationFormState["host"]> {
  if (exhibitorId === null) return null;
  const row = await db
    .selectFrom("exhibitors")
    .select(["name_ru", "name_en"])
    .where("id", "=", exhibitorId)
    .executeTakeFirst();
  return row ? { ru: row.name_ru, en: row.name_en } : null;
}

const emptyPrefill = { lastName: "", firstName: "", company: "", position: "", email: "", phone: "" };

/** The person's latest registration for the event (or anywhere); a live one wins a tie. */
async function latestOf(db: Database, userId: string, eventId?: string): Promise<Registration | null> {
  let query = db.selectFrom("registrations").selectAll().where("user_id", "=", userId);
  if (eventId) query = query.where("event_id", "=", eventId);
  const rows = await query.orderBy("created_at", "desc").limit(10).execute();
  const live = (row: Registration) => (row.status === "accepted" || row.status === "pending" ? 1 : 0);
  rows.sort((a, b) => b.created_at.localeCompare(a.created_at) || live(b) - live(a));
  return rows[0] ?? null;
}

/** What the form starts with: the caller's last registration anywhere, or their account's name and e-mail. */
async function prefillFor(db: Database, user: SessionUser): Promise<RegistrationFormState["prefill"]> {
  const last = await latestOf(db, user.id);
  if (last) {
    return {
      ...{ lastName: last.last_name, firstName: last.first_name, company: last.company },
      ...{ position: last.position, email: last.email, phone: last.phone },
    };
  }
  const [firstName = "", ...rest] = user.name.trim().split(/\s+/);
  return { ...emptyPrefill, firstName, lastName: rest.join(" "), email: user.email };
}
