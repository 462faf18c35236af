/**
 * Visitors' consent to share their contacts with an exhibitor (personal data): when and how it was
 * given, and its withdrawal. One row per giving; the one not withdrawn is the one in force.
 */
import type { ConsentVia, Database } from "@pavilion/db";
import type { MyConsent } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { catchUpAnalytics } from "../analytics/rollup.ts";
import { queueLeadWebhook } from "../crm/queue.ts";
import { inTransaction } from "../floor/placement.ts";
import { refreshLeadContacts } from "./contact-sync.ts";

/** Records consent given now, unless consent to this exhibitor already stands. Call inside the giving's transaction. */
export async function giveConsent(
  trx: Database,
  userId: string,
  exhibitorId: string,
  via: ConsentVia,
  now: Date,
): Promise<void> {
  const standing = await trx
    .selectFrom("consents")
    .select("id")
    .where("user_id", "=", userId)
    .where("exhibitor_id", "=", exhibitorId)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  if (standing) return;
  await recordConsent(trx, userId, exhibitorId, via, now);
}

/** Records an act of consent as it happened, even while an earlier one stands (a ticked box). */
export async function recordConsent(
  trx: Database,
  userId: string,
  exhibitorId: string,
  via: ConsentVia,
  now: Date,
): Promise<void> {
  await trx
    .insertInto("consents")
    .values({
      ...{ id: crypto.randomUUID(), user_id: userId, exhibitor_id: exhibitorId, via },
      ...{ given_at: now.toISOString(), withdrawn_at: null },
    })
    .execute();
}

/**
 * Takes the visitor's consent back: the exhibitor no longer sees their contacts (the card left at
 * its booth is withdrawn too), the act is recorded, and the exhibitor's CRM hears the lead changed.
 * NotFoundError when no consent to this exhibitor stands.
 */
export async function withdrawConsent(db: Database, userId: string, exhibitorId: string, now: Date) {
  // So the lead the consent came with exists and its CRM can be told.
  await catchUpAnalytics(db, now);
  const at = now.toISOString();
  await inTransaction(db, async (trx) => {
    const withdrawn = await trx
      .updateTable("consents")
      .set({ withdrawn_at: at })
      .where("user_id", "=", userId)
      .where("exhibitor_id", "=", exhibitorId)
      .where("withdrawn_at", "is", null)
      .executeTakeFirst();
    if (Number(withdrawn.numUpdatedRows) === 0) throw new NotFoundError("consent");
    await trx
      .updateTable("contact_cards")
      .set({ withdrawn_at: at })
      .where("user_id", "=", userId)
      .where("exhibitor_id", "=", exhibitorId)
      .where("withdrawn_at", "is", null)
      .execute();
    const exhibitor = await trx
      .selectFrom("exhibitors")
      .select("exhibition_id")
      .where("id", "=", exhibitorId)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("activity")
      .values({
        ...{ occurred_at: at, user_id: userId, exhibition_id: exhibitor.exhibition_id },
        ...{
          exhibitor_id: exhibitorId,
          event_id: null,
          material_id: null,
          kind: "consent.withdrawn",
          data: null,
        },
      })
      .execute();
    const lead = await trx
      .selectFrom("leads")
      .select("id")
      .where("user_id", "=", userId)
      .where("exhibitor_id", "=", exhibitorId)
      .executeTakeFirst();
    if (lead) {
      await trx.updateTable("leads").set({ updated_at: at }).where("id", "=", lead.id).execute();
      await refreshLeadContacts(trx, exhibitorId, [userId]);
      await queueLeadWebhook(trx, lead.id, "lead.updated", now);
    }
  });
}

/** Every consent the visitor gave, newest first, with whom and whether it was withdrawn. */
export async function myConsents(db: Database, userId: string): Promise<MyConsent[]> {
  const rows = await db
    .selectFrom("consents")
    .innerJoin("exhibitors", "exhibitors.id", "consents.exhibitor_id")
    .select(["consents.exhibitor_id", "consents.via", "consents.given_at", "consents.withdrawn_at"])
    .select(["exhibitors.name_ru", "exhibitors.name_en"])
    .where("consents.user_id", "=", userId)
    .orderBy("consents.given_at", "desc")
    .orderBy("consents.id")
    .execute();
  return rows.map((row) => ({
    exhibitorId: row.exhibitor_id,
    exhibitorName: { ru: row.name_ru, en: row.name_en },
    via: row.via,
    givenAt: row.given_at,
    withdrawnAt: row.withdrawn_at,
  }));
}
