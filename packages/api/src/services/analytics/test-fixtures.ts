/** Test helpers for the rollup: people, team members, materials and activity rows made to measure. */
import type { Database, NewActivity } from "@pavilion/db";
import { T0 } from "../floor/test-fixtures.ts";

/** Inserts a visitor account and returns its id. */
export async function insertUser(db: Database, name = "Visitor"): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("users")
    .values({
      ...{ id, email: `${id}@example.test`, name, password_hash: "x", locale: "en", role: "visitor" },
      ...{ created_at: T0, updated_at: T0, calendar_token: null },
    })
    .execute();
  return id;
}

/** Puts the person on the exhibitor's team. */
export async function insertMember(db: Database, exhibitorId: string, userId: string): Promise<void> {
  await db
    .insertInto("members")
    .values({ exhibitor_id: exhibitorId, user_id: userId, role: "staff", created_at: T0 })
    .execute();
}

/** Inserts a published, approved link material of the exhibitor and returns its id. */
export async function insertMaterial(db: Database, exhibitorId: string): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("materials")
    .values({
      ...{ id, exhibitor_id: exhibitorId, kind: "link", file_id: null, url: "https://example.test/price" },
      ...{
        file_name: null,
        title_ru: "Прайс",
        title_en: "Price list",
        description_ru: "",
        description_en: "",
      },
      ...{ position: 0, published: 1, created_at: T0, approved: 1, updated_at: null },
    })
    .execute();
  return id;
}

export type ActivityFixture = Pick<NewActivity, "kind" | "occurred_at" | "exhibition_id"> &
  Partial<Pick<NewActivity, "user_id" | "exhibitor_id" | "event_id" | "material_id">> & {
    data?: Record<string, unknown>;
  };

/** Appends activity rows as the app records them. */
export async function record(db: Database, ...rows: ActivityFixture[]): Promise<void> {
  await db
    .insertInto("activity")
    .values(
      rows.map((row) => ({
        ...{ occurred_at: row.occurred_at, exhibition_id: row.exhibition_id, kind: row.kind },
        ...{ user_id: row.user_id ?? null, exhibitor_id: row.exhibitor_id ?? null },
        ...{ event_id: row.event_id ?? null, material_id: row.material_id ?? null },
        data: row.data === undefined ? null : JSON.stringify(row.data),
      })),
    )
    .execute();
}

/** A counter's value (0 when never counted). */
export async function counter(
  db: Database,
  scope: "exhibition" | "floor" | "exhibitor" | "material" | "event",
  scopeId: string,
  metric: string,
  day = "",
): Promise<number> {
  const row = await db
    .selectFrom("stat_counters")
    .select("value")
    .where("scope", "=", scope)
    .where("scope_id", "=", scopeId)
    .where("metric", "=", metric)
    .where("day", "=", day)
    .executeTakeFirst();
  return row?.value ?? 0;
}
