/** Business cards visitors leave at booths, with their consent; one card per visitor and exhibitor. */
import type { Database } from "@pavilion/db";
import type { LeaveContactsInput, myCardSchema } from "@pavilion/schema";
import type { z } from "zod";
import { inTransaction } from "../floor/placement.ts";
import { giveConsent } from "../leads/consents.ts";
import { approvedExhibitor } from "./bookmarks.ts";

/**
 * Leaves (or updates) the visitor's card at an approved exhibitor's booth, consented to now,
 * records the consent (a new one when given again after a withdrawal) and the activity;
 * NotFoundError for any other exhibitor.
 */
export async function leaveContacts(
  db: Database,
  userId: string,
  input: LeaveContactsInput,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const card = {
    ...{ name: input.name, company: input.company, position: input.position, email: input.email },
    ...{ phone: input.phone, message: input.message, consent_at: at, withdrawn_at: null },
  };
  await inTransaction(db, async (trx) => {
    const exhibitor = await approvedExhibitor(trx, input.exhibitorId);
    // Holds the visitor's row (PostgreSQL) so two cards sent at once still make one card.
    await trx
      .updateTable("users")
      .set((eb) => ({ id: eb.ref("id") }))
      .where("id", "=", userId)
      .execute();
    const existing = await trx
      .selectFrom("contact_cards")
      .select("id")
      .where("exhibitor_id", "=", exhibitor.id)
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .executeTakeFirst();
    if (existing) {
      await trx.updateTable("contact_cards").set(card).where("id", "=", existing.id).execute();
    } else {
      await trx
        .insertInto("contact_cards")
        .values({
          ...card,
          id: crypto.randomUUID(),
          exhibitor_id: exhibitor.id,
          user_id: userId,
          created_at: at,
        })
        .execute();
    }
    await giveConsent(trx, userId, exhibitor.id, "contact", now);
    await trx
      .insertInto("activity")
      .values({
        ...{ occurred_at: at, user_id: userId, exhibition_id: exhibitor.exhibition_id },
        ...{
          exhibitor_id: exhibitor.id,
          event_id: null,
          material_id: null,
          kind: "contact.left",
          data: null,
        },
      })
      .execute();
  });
}

/** The visitor's own card at an exhibitor's booth, or null when none was left (or it was withdrawn). */
export async function myCard(
  db: Database,
  userId: string,
  exhibitorId: string,
): Promise<z.infer<typeof myCardSchema>> {
  const card = await db
    .selectFrom("contact_cards")
    .select(["name", "company", "position", "email", "phone", "message", "created_at"])
    .where("exhibitor_id", "=", exhibitorId)
    .where("user_id", "=", userId)
    .where("withdrawn_at", "is", null)
    .orderBy("created_at")
    .executeTakeFirst();
  if (!card) return null;
  const { created_at, ...fields } = card;
  return { ...fields, createdAt: created_at };
}
