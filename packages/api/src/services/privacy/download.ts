/** Everything we keep about a person, as the JSON file they download from "My data". */
import type { Database } from "@pavilion/db";
import { myConsents } from "../leads/consents.ts";
import { activityWithSubjects, timelineItem, withModelTitles } from "../leads/timeline.ts";

const bilingual = (ru: string | null, en: string | null) => (ru === null ? null : { ru, en: en ?? ru });

async function activityOf(db: Database, userId: string) {
  const rows = await activityWithSubjects(db)
    .where("activity.user_id", "=", userId)
    .orderBy("activity.occurred_at")
    .orderBy("activity.id")
    .execute();
  return (await withModelTitles(db, rows)).map((row) => ({
    ...timelineItem(row),
    exhibitor: bilingual(row.exhibitor_ru, row.exhibitor_en),
  }));
}

async function contactCardsOf(db: Database, userId: string) {
  const rows = await db
    .selectFrom("contact_cards")
    .innerJoin("exhibitors", "exhibitors.id", "contact_cards.exhibitor_id")
    .select(["contact_cards.name", "contact_cards.company", "contact_cards.position", "contact_cards.email"])
    .select(["contact_cards.phone", "contact_cards.message", "contact_cards.consent_at"])
    .select([
      "contact_cards.withdrawn_at",
      "contact_cards.created_at",
      "exhibitors.name_ru",
      "exhibitors.name_en",
    ])
    .where("contact_cards.user_id", "=", userId)
    .orderBy("contact_cards.created_at")
    .execute();
  return rows.map(({ name_ru, name_en, consent_at, withdrawn_at, created_at, ...card }) => ({
    exhibitor: bilingual(name_ru, name_en),
    ...card,
    ...{ consentAt: consent_at, withdrawnAt: withdrawn_at, createdAt: created_at },
  }));
}

async function registrationsOf(db: Database, userId: string) {
  const rows = await db
    .selectFrom("registrations")
    .innerJoin("events", "events.id", "registrations.event_id")
    .select(["registrations.first_name", "registrations.last_name", "registrations.company"])
    .select(["registrations.position", "registrations.email", "registrations.phone"])
    .select(["registrations.status", "registrations.created_at", "registrations.attended_at"])
    .select(["events.title_ru", "events.title_en", "events.starts_at"])
    .where("registrations.user_id", "=", userId)
    .orderBy("registrations.created_at")
    .execute();
  return rows.map((row) => ({
    event: bilingual(row.title_ru, row.title_en),
    startsAt: row.starts_at,
    ...{ firstName: row.first_name, lastName: row.last_name, company: row.company },
    ...{ position: row.position, email: row.email, phone: row.phone, status: row.status },
    ...{ registeredAt: row.created_at, attendedAt: row.attended_at },
  }));
}

async function bookmarksOf(db: Database, userId: string) {
  const rows = await db
    .selectFrom("bookmarks")
    .innerJoin("exhibitors", "exhibitors.id", "bookmarks.exhibitor_id")
    .select(["exhibitors.name_ru", "exhibitors.name_en", "bookmarks.created_at"])
    .where("bookmarks.user_id", "=", userId)
    .orderBy("bookmarks.created_at")
    .execute();
  return rows.map((row) => ({ exhibitor: bilingual(row.name_ru, row.name_en), createdAt: row.created_at }));
}

async function meetingsOf(db: Database, userId: string) {
  const rows = await db
    .selectFrom("meeting_slots")
    .innerJoin("exhibitors", "exhibitors.id", "meeting_slots.exhibitor_id")
    .select(["meeting_slots.starts_at", "meeting_slots.ends_at", "meeting_slots.booked_at"])
    .select(["exhibitors.name_ru", "exhibitors.name_en"])
    .where("meeting_slots.booked_by", "=", userId)
    .orderBy("meeting_slots.starts_at")
    .execute();
  return rows.map((row) => ({
    exhibitor: bilingual(row.name_ru, row.name_en),
    ...{ startsAt: row.starts_at, endsAt: row.ends_at, bookedAt: row.booked_at },
  }));
}

/** The person's data; null when the account does not exist. */
export async function myDataDownload(db: Database, userId: string, now: Date) {
  const account = await db
    .selectFrom("users")
    .select(["id", "name", "email", "locale", "role", "created_at"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!account) return null;
  return {
    exportedAt: now.toISOString(),
    account: {
      ...{ id: account.id, name: account.name, email: account.email, locale: account.locale },
      ...{ role: account.role, createdAt: account.created_at },
    },
    activity: await activityOf(db, userId),
    consents: await myConsents(db, userId),
    contactCards: await contactCardsOf(db, userId),
    registrations: await registrationsOf(db, userId),
    bookmarks: await bookmarksOf(db, userId),
    meetings: await meetingsOf(db, userId),
  };
}
