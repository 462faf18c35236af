/** What visitors did at a booth, as its team sees it: recent activity and the cards left. */
import type { Database } from "@pavilion/db";
import type { BoothActivity } from "@pavilion/schema";

const LATEST = 100;

/** The latest activity at the exhibitor's booth and the contact cards whose consent stands. */
export async function boothActivity(db: Database, exhibitorId: string): Promise<BoothActivity> {
  const items = await db
    .selectFrom("activity")
    .leftJoin("users", "users.id", "activity.user_id")
    .leftJoin("materials", "materials.id", "activity.material_id")
    .select(["activity.id", "activity.kind", "activity.occurred_at", "users.name as visitor_name"])
    .select(["materials.title_ru", "materials.title_en"])
    .where("activity.exhibitor_id", "=", exhibitorId)
    .orderBy("activity.occurred_at", "desc")
    .orderBy("activity.id", "desc")
    .limit(LATEST)
    .execute();
  const contacts = await db
    .selectFrom("contact_cards")
    .select(["id", "name", "company", "position", "email", "phone", "message", "created_at"])
    .where("exhibitor_id", "=", exhibitorId)
    .where("withdrawn_at", "is", null)
    // Newest consent first: a visitor who left their card again comes back to the top.
    .orderBy("consent_at", "desc")
    .orderBy("id")
    .execute();
  return {
    items: items.map((row) => ({
      id: Number(row.id),
      kind: row.kind,
      occurredAt: row.occurred_at,
      visitorName: row.visitor_name,
      materialTitle: row.title_ru === null ? null : { ru: row.title_ru, en: row.title_en ?? "" },
    })),
    contacts: contacts.map((card) => ({
      ...{ id: card.id, name: card.name, company: card.company, position: card.position },
      ...{ email: card.email, phone: card.phone, message: card.message, createdAt: card.created_at },
    })),
  };
}
