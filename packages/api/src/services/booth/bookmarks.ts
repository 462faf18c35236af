/** The booths a signed-in visitor keeps for later; "my route" walks through them. */
import type { Database } from "@pavilion/db";
import { NotFoundError } from "../../errors.ts";

/** The exhibition an approved exhibitor belongs to; NotFoundError for an unknown or unapproved one. */
export async function approvedExhibitor(db: Database, exhibitorId: string) {
  const exhibitor = await db
    .selectFrom("exhibitors")
    .select(["id", "exhibition_id"])
    .where("id", "=", exhibitorId)
    .where("status", "=", "approved")
    .executeTakeFirst();
  if (!exhibitor) throw new NotFoundError("exhibitor");
  return exhibitor;
}

/** A visitor's bookmarks of approved exhibitors, oldest first (the order they were added). */
export async function listBookmarks(db: Database, userId: string) {
  const rows = await db
    .selectFrom("bookmarks")
    .innerJoin("exhibitors", "exhibitors.id", "bookmarks.exhibitor_id")
    .innerJoin("floors", "floors.id", "exhibitors.floor_id")
    .select(["bookmarks.exhibitor_id", "bookmarks.created_at", "floors.slug"])
    .where("bookmarks.user_id", "=", userId)
    .where("exhibitors.status", "=", "approved")
    .orderBy("bookmarks.created_at")
    .orderBy("exhibitors.slug")
    .execute();
  return rows.map((row) => ({
    exhibitorId: row.exhibitor_id,
    floorSlug: row.slug,
    createdAt: row.created_at,
  }));
}

/** Bookmarks an approved exhibitor; bookmarking it again changes nothing. */
export async function addBookmark(db: Database, userId: string, exhibitorId: string, now: Date) {
  await approvedExhibitor(db, exhibitorId);
  await db
    .insertInto("bookmarks")
    .values({ user_id: userId, exhibitor_id: exhibitorId, created_at: now.toISOString() })
    .onConflict((conflict) => conflict.columns(["user_id", "exhibitor_id"]).doNothing())
    .execute();
}

/** Removes a bookmark of an approved exhibitor; removing one that is not there changes nothing. */
export async function removeBookmark(db: Database, userId: string, exhibitorId: string) {
  await approvedExhibitor(db, exhibitorId);
  await db
    .deleteFrom("bookmarks")
    .where("user_id", "=", userId)
    .where("exhibitor_id", "=", exhibitorId)
    .execute();
}
