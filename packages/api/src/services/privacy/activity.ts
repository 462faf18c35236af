/** A visitor's own activity, newest first, with the exhibitor and what each act was about. */
import type { Database } from "@pavilion/db";
import type { myActivityPageSchema } from "@pavilion/schema";
import type { z } from "zod";
import { activityWithSubjects, timelineItem, withModelTitles } from "../leads/timeline.ts";

export type MyActivityPage = z.infer<typeof myActivityPageSchema>;

/** One page of the person's activity and how many rows there are in all. */
export async function myActivity(
  db: Database,
  userId: string,
  page: { offset: number; limit: number },
): Promise<MyActivityPage> {
  const [rows, count] = await Promise.all([
    activityWithSubjects(db)
      .where("activity.user_id", "=", userId)
      .orderBy("activity.occurred_at", "desc")
      .orderBy("activity.id", "desc")
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    db
      .selectFrom("activity")
      .select((eb) => eb.fn.countAll<number | string>().as("total"))
      .where("user_id", "=", userId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: (await withModelTitles(db, rows)).map((row) => ({
      ...timelineItem(row),
      exhibitorName:
        row.exhibitor_ru === null ? null : { ru: row.exhibitor_ru, en: row.exhibitor_en ?? row.exhibitor_ru },
    })),
    total: Number(count.total),
  };
}
