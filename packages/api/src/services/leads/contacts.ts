/**
 * A lead's visitor as the exhibitor may see them: contacts only while the visitor's consent to
 * this exhibitor stands (the latest `consents` row, not withdrawn). The contacts come from the
 * card the visitor left at the booth, else their registration for one of the exhibitor's
 * events, else their account's name and e-mail. Read for many visitors (and exhibitors) at once.
 */
import type { Database } from "@pavilion/db";
import type { LeadVisitor } from "@pavilion/schema";

/** What the exhibitor sees of one visitor, and since when consent stands (null: none). */
export interface VisibleVisitor {
  visitor: LeadVisitor;
  consentGivenAt: string | null;
}

export const HIDDEN_VISITOR: LeadVisitor = {
  consent: false,
  ...{ name: null, company: null, position: null, email: null, phone: null },
};

/** An exhibitor and a visitor. */
export interface VisitorAt {
  exhibitorId: string;
  userId: string;
}

type Contacts = Omit<LeadVisitor, "consent">;

// SQLite and PostgreSQL both take this many bound values in one list with room to spare.
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export const pairKey = (exhibitorId: string, userId: string) => `${exhibitorId}\u0000${userId}`;

/** A field left empty is no contact at all. */
function blanksAsNull(contacts: Contacts): Contacts {
  const orNull = (value: string | null) => (value === null || value.trim() === "" ? null : value);
  return {
    ...{
      name: orNull(contacts.name),
      company: orNull(contacts.company),
      position: orNull(contacts.position),
    },
    ...{ email: orNull(contacts.email), phone: orNull(contacts.phone) },
  };
}

/** The contacts each source holds for the pairs of one chunk, by pair (cards, registrations) or user (accounts). */
async function sourcesOf(db: Database, exhibitorIds: string[], userIds: string[]) {
  // One exhibitor (a page of its leads) narrows each query; for many (a refresh), an IN list of
  // exhibitors would lead the planner to scan them all, so the users' rows are read and the pairs
  // kept here.
  const one = exhibitorIds.length === 1 ? (exhibitorIds[0] ?? null) : null;
  const [consents, cards, registrations, accounts] = await Promise.all([
    db
      .selectFrom("consents")
      .select(["exhibitor_id", "user_id", "given_at"])
      .where("user_id", "in", userIds)
      .$if(one !== null, (q) => q.where("exhibitor_id", "=", one ?? ""))
      .where("withdrawn_at", "is", null)
      .execute(),
    db
      .selectFrom("contact_cards")
      .select(["exhibitor_id", "user_id", "name", "company", "position", "email", "phone"])
      .where("user_id", "in", userIds)
      .$if(one !== null, (q) => q.where("exhibitor_id", "=", one ?? ""))
      .where("withdrawn_at", "is", null)
      // Newest first, so the oldest (the one leaving contacts updates) is kept.
      .orderBy("created_at", "desc")
      .execute(),
    db
      .selectFrom("registrations")
      .innerJoin("events", "events.id", "registrations.event_id")
      .select(["events.exhibitor_id", "registrations.user_id", "registrations.first_name"])
      .select(["registrations.last_name", "registrations.company", "registrations.position"])
      .select(["registrations.email", "registrations.phone"])
      .where("registrations.user_id", "in", userIds)
      // For one company: its few events by id, looked up per visitor (registrations_user_event_idx);
      // its own webinar may hold tens of thousands of registrations, a scan of which this avoids.
      .$if(one !== null, (q) =>
        q.where(
          "registrations.event_id",
          "in",
          db
            .selectFrom("events")
            .select("events.id")
            .where("events.exhibitor_id", "=", one ?? ""),
        ),
      )
      // Oldest first, so the latest registration is the one kept.
      .orderBy("registrations.created_at")
      .execute(),
    db.selectFrom("users").select(["id", "name", "email"]).where("id", "in", userIds).execute(),
  ]);
  const given = new Map<string, string>();
  for (const row of consents) {
    const key = pairKey(row.exhibitor_id, row.user_id);
    const other = given.get(key);
    if (other === undefined || row.given_at > other) given.set(key, row.given_at);
  }
  const byPair = new Map<string, Contacts>();
  for (const row of registrations) {
    if (row.user_id === null || row.exhibitor_id === null) continue;
    byPair.set(pairKey(row.exhibitor_id, row.user_id), {
      name: `${row.first_name} ${row.last_name}`.trim(),
      ...{ company: row.company, position: row.position, email: row.email, phone: row.phone },
    });
  }
  // Cards win over registrations.
  for (const { exhibitor_id, user_id, ...card } of cards) byPair.set(pairKey(exhibitor_id, user_id), card);
  const byUser = new Map<string, Contacts>(
    accounts.map((a) => [a.id, { name: a.name, company: null, position: null, email: a.email, phone: null }]),
  );
  return { given, byPair, byUser };
}

/** Each pair's visitor as that exhibitor may see them (hidden without consent), by pairKey. */
export async function visibleVisitorsAt(
  db: Database,
  pairs: readonly VisitorAt[],
): Promise<Map<string, VisibleVisitor>> {
  const result = new Map<string, VisibleVisitor>();
  for (const part of chunks(pairs)) {
    const exhibitorIds = [...new Set(part.map((p) => p.exhibitorId))];
    const userIds = [...new Set(part.map((p) => p.userId))];
    const { given, byPair, byUser } = await sourcesOf(db, exhibitorIds, userIds);
    for (const { exhibitorId, userId } of part) {
      const key = pairKey(exhibitorId, userId);
      const givenAt = given.get(key);
      const contacts = givenAt === undefined ? undefined : (byPair.get(key) ?? byUser.get(userId));
      result.set(
        key,
        contacts && givenAt !== undefined
          ? { visitor: { consent: true, ...blanksAsNull(contacts) }, consentGivenAt: givenAt }
          : { visitor: HIDDEN_VISITOR, consentGivenAt: null },
      );
    }
  }
  return result;
}

/** Each visitor as this exhibitor may see them (hidden without consent), by user id. */
export async function visibleVisitors(
  db: Database,
  exhibitorId: string,
  userIds: readonly string[],
): Promise<Map<string, VisibleVisitor>> {
  const unique = [...new Set(userIds)];
  const found = await visibleVisitorsAt(
    db,
    unique.map((userId) => ({ exhibitorId, userId })),
  );
  return new Map(unique.map((userId) => [userId, found.get(pairKey(exhibitorId, userId)) ?? hidden()]));
}

const hidden = (): VisibleVisitor => ({ visitor: HIDDEN_VISITOR, consentGivenAt: null });
