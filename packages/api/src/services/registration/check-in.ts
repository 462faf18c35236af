/** The registration desk: staff mark accepted registrants present (or take the mark back). */
import type { Registrant, SessionUser } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { findRegistration, openEventToManage, type RegistrationDeps } from "./context.ts";
import { loadRegistrant } from "./rows.ts";

export async function checkIn(
  deps: Pick<RegistrationDeps, "db" | "now">,
  user: SessionUser,
  input: { registrationId: string; present: boolean },
): Promise<Registrant> {
  const registration = await findRegistration(deps.db, input.registrationId);
  const event = await openEventToManage(deps.db, user, registration.event_id);
  if (registration.status !== "accepted") throw new AppError("registration.notAccepted");
  const update = deps.db.updateTable("registrations").where("id", "=", registration.id);
  if (input.present) {
    // Marking twice keeps the first arrival time.
    await update
      .set({ checked_in_at: deps.now.toISOString(), checked_in_by: user.id })
      .where("checked_in_at", "is", null)
      .execute();
  } else {
    await update.set({ checked_in_at: null, checked_in_by: null }).execute();
  }
  return loadRegistrant(deps.db, event, registration.id, deps.now);
}
