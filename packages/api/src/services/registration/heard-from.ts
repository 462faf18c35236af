/**
 * The exhibition's "how did you hear about it" choices. Organisers edit the list; a choice
 * taken off it is archived, never deleted, because registrations keep pointing at it.
 */
import type { Database } from "@pavilion/db";
import type { HeardFromOption } from "@pavilion/schema";
import { AppError } from "../../errors.ts";

export interface HeardFromEdit {
  id?: string | undefined;
  label: { ru: string; en: string };
}

/** The choices offered now, in the organisers' order. */
export async function activeHeardFromOptions(db: Database, exhibitionId: string): Promise<HeardFromOption[]> {
  const rows = await db
    .selectFrom("heard_from_options")
    .select(["id", "label_ru", "label_en"])
    .where("exhibition_id", "=", exhibitionId)
    .where("archived_at", "is", null)
    .orderBy("position")
    .orderBy("created_at")
    .execute();
  return rows.map((row) => ({ id: row.id, label: { ru: row.label_ru, en: row.label_en } }));
}

/**
 * Makes the list the given one: choices with a known id keep it (and take the new label and
 * place), the others are added, and current ones not given are archived.
 */
export async function saveHeardFromOptions(
  db: Database,
  exhibitionId: string,
  options: HeardFromEdit[],
  now: Date,
): Promise<HeardFromOption[]> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("heard_from_options")
      .select("id")
      .where("exhibition_id", "=", exhibitionId)
      .execute();
    const known = new Set(existing.map((row) => row.id));
    const kept = new Set<string>();
    for (const [position, option] of options.entries()) {
      const values = { label_ru: option.label.ru, label_en: option.label.en, position };
      if (option.id !== undefined && known.has(option.id) && !kept.has(option.id)) {
        kept.add(option.id);
        await trx
          .updateTable("heard_from_options")
          .set({ ...values, archived_at: null })
          .where("id", "=", option.id)
          .execute();
      } else {
        const id = crypto.randomUUID();
        await trx
          .insertInto("heard_from_options")
          .values({
            id,
            exhibition_id: exhibitionId,
            ...values,
            archived_at: null,
            created_at: now.toISOString(),
          })
          .execute();
      }
    }
    const dropped = [...known].filter((id) => !kept.has(id));
    if (dropped.length > 0) {
      await trx
        .updateTable("heard_from_options")
        .set({ archived_at: now.toISOString() })
        .where("id", "in", dropped)
        .where("archived_at", "is", null)
        .execute();
    }
  });
  return activeHeardFromOptions(db, exhibitionId);
}

/** Refuses a choice that is not on the exhibition's current list. */
export async function requireActiveOption(
  db: Database,
  exhibitionId: string,
  optionId: string,
): Promise<void> {
  const row = await db
    .selectFrom("heard_from_options")
    .select("id")
    .where("id", "=", optionId)
    .where("exhibition_id", "=", exhibitionId)
    .where("archived_at", "is", null)
    .executeTakeFirst();
  if (!row) throw new AppError("registration.heardFromUnknown");
}
