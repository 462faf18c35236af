/**
 * Keeps each lead's searchable contacts (`contact_name`, `contact_search`) equal to what the
 * exhibitor may see of its visitor (contacts.ts), so the leads table searches and sorts in SQL on
 * the exhibitor's indexes. Whatever changes the contacts is in the activity log ("contact.left",
 * "event.registered", "consent.withdrawn"): before leads are read, the rows the rollup has counted
 * since the last refresh name the leads to refresh. Refreshing reads the current state, so doing
 * it twice (two readers at once) is harmless.
 */
import type { Database } from "@pavilion/db";
import type { LeadVisitor } from "@pavilion/schema";
import { inTransaction } from "../floor/placement.ts";
import { HIDDEN_VISITOR, pairKey, type VisitorAt, visibleVisitorsAt } from "./contacts.ts";

const CURSOR = "lead_contacts";
/** The analytics rollup's cursor: leads exist for every row up to it. */
const ROLLUP_CURSOR = "rollup";
const CONTACT_KINDS = ["contact.left", "event.registered", "consent.withdrawn"];
/** Activity ids looked through per transaction. */
const WINDOW = 50_000;

/** Folds letter case and ё, so "ЁЛКИНА" finds "Ёлкина" and "елкина". */
export function fold(text: string): string {
  return text.toLocaleLowerCase("ru").replaceAll("ё", "е");
}

/** A lead's stored search columns for the visitor as the exhibitor sees them. */
export function contactColumns(visitor: LeadVisitor): {
  contact_name: string | null;
  contact_search: string | null;
} {
  if (!visitor.consent) return { contact_name: null, contact_search: null };
  const digits = (visitor.phone ?? "").replace(/\D/g, "");
  const parts = [visitor.name, visitor.company, visitor.email, visitor.phone, digits];
  return {
    contact_name: visitor.name === null ? null : fold(visitor.name),
    // One field per line, so a search never matches across two of them.
    contact_search: fold(parts.filter((part) => part !== null && part !== "").join("\n")),
  };
}

/** Refreshes the search columns of these visitors' leads at these exhibitors. */
export async function refreshLeadContactsAt(db: Database, pairs: readonly VisitorAt[]): Promise<void> {
  const visible = await visibleVisitorsAt(db, pairs);
  for (const { exhibitorId, userId } of pairs) {
    const seen = visible.get(pairKey(exhibitorId, userId));
    await db
      .updateTable("leads")
      .set(contactColumns(seen?.visitor ?? HIDDEN_VISITOR))
      .where("exhibitor_id", "=", exhibitorId)
      .where("user_id", "=", userId)
      .execute();
  }
}

/** Refreshes the search columns of the exhibitor's leads of these visitors. */
export function refreshLeadContacts(db: Database, exhibitorId: string, userIds: readonly string[]) {
  return refreshLeadContactsAt(
    db,
    userIds.map((userId) => ({ exhibitorId, userId })),
  );
}

async function cursorOf(db: Database, name: string): Promise<number> {
  const row = await db
    .selectFrom("analytics_cursor")
    .select("last_id")
    .where("name", "=", name)
    .executeTakeFirst();
  return Number(row?.last_id ?? 0);
}

/** Refreshes the leads whose contacts changed in the activity the rollup has counted since last time. */
export async function syncLeadContacts(db: Database, now: Date): Promise<void> {
  const upTo = await cursorOf(db, ROLLUP_CURSOR);
  let from = await cursorOf(db, CURSOR);
  // Nothing new since the last sync: no write (every leads page asks this first).
  if (from >= upTo) return;
  await db
    .insertInto("analytics_cursor")
    .values({ name: CURSOR, last_id: 0, updated_at: now.toISOString() })
    .onConflict((conflict) => conflict.column("name").doNothing())
    .execute();
  while (from < upTo) {
    const to = Math.min(upTo, from + WINDOW);
    await inTransaction(db, async (trx) => {
      const rows = await trx
        .selectFrom("activity")
        .select(["exhibitor_id", "user_id"])
        .where("id", ">", from)
        .where("id", "<=", to)
        .where("kind", "in", CONTACT_KINDS)
        .where("exhibitor_id", "is not", null)
        .where("user_id", "is not", null)
        .execute();
      const pairs = new Map<string, VisitorAt>();
      for (const { exhibitor_id: exhibitorId, user_id: userId } of rows) {
        if (exhibitorId !== null && userId !== null)
          pairs.set(pairKey(exhibitorId, userId), { exhibitorId, userId });
      }
      await refreshLeadContactsAt(trx, [...pairs.values()]);
      await trx
        .updateTable("analytics_cursor")
        .set({ last_id: to, updated_at: now.toISOString() })
        .where("name", "=", CURSOR)
        .where("last_id", "<", to)
        .execute();
    });
    from = to;
  }
}
