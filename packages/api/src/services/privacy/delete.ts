/**
 * Deleting one's data: the account goes, and with it (by the database's cascades) its sessions,
 * leads and their notes, consents, contact cards, bookmarks and chat messages. Registrations
 * only lose their person on the account's removal, so they are deleted here; meetings the person
 * booked are called off and their times freed. Activity stays, without the person, so the fair's
 * numbers still add up.
 */
import type { Database } from "@pavilion/db";
import { AppError } from "../../errors.ts";
import { verifyPassword } from "../auth/password.ts";
import { cancelPendingJobs } from "../jobs/queue.ts";

async function releaseMeetings(trx: Database, userId: string, at: string): Promise<void> {
  const slots = await trx
    .selectFrom("meeting_slots")
    .select(["id", "event_id", "starts_at"])
    .where("booked_by", "=", userId)
    .execute();
  for (const slot of slots) {
    if (slot.starts_at <= at) continue;
    await trx
      .updateTable("meeting_slots")
      .set({ event_id: null, booked_by: null, booked_at: null })
      .where("id", "=", slot.id)
      .execute();
    if (slot.event_id === null) continue;
    await trx
      .updateTable("events")
      .set({ status: "cancelled", updated_at: at })
      .where("id", "=", slot.event_id)
      .execute();
  }
}

/** Deletes the account after checking its password ("privacy.passwordWrong" otherwise). */
export async function deleteMyData(db: Database, userId: string, password: string, now: Date): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user || !(await verifyPassword(password, user.password_hash)))
    throw new AppError("privacy.passwordWrong");
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await releaseMeetings(trx, userId, at);
    const registrations = await trx
      .deleteFrom("registrations")
      .where("user_id", "=", userId)
      .returning("id")
      .execute();
    // Their reminders would go to an address we no longer keep.
    for (const { id } of registrations) await cancelPendingJobs(trx, `reminder:${id}:`, now);
    // The CRM delivery log holds the person's contacts as sent: it goes with their leads.
    await trx
      .deleteFrom("webhook_deliveries")
      .where("lead_id", "in", (eb) => eb.selectFrom("leads").select("id").where("user_id", "=", userId))
      .execute();
    await trx.deleteFrom("users").where("id", "=", userId).execute();
  });
}
