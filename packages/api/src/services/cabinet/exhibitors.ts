/** The companies a person exhibits with, and applying to exhibit with a new one. */
import type { Database } from "@pavilion/db";
import type { BilingualText, myExhibitorsSchema } from "@pavilion/schema";
import type { z } from "zod";
import { NotFoundError } from "../../errors.ts";
import { currentExhibition } from "../exhibition/overview.ts";
import { inTransaction } from "../floor/placement.ts";
import { ensureDraft } from "./draft.ts";
import { freeSlug, slugify } from "./slug.ts";

/** The colour a new booth starts with, until the exhibitor picks its own. */
const NEW_BOOTH_COLOR = "#3a6ea5";
const SLUG_ATTEMPTS = 5;

/** The exhibitors the person is owner or staff of, by the names they work under (their drafts). */
export async function myExhibitors(
  db: Database,
  userId: string,
): Promise<z.infer<typeof myExhibitorsSchema>> {
  const rows = await db
    .selectFrom("members")
    .innerJoin("exhibitors", "exhibitors.id", "members.exhibitor_id")
    .leftJoin("exhibitor_drafts", "exhibitor_drafts.exhibitor_id", "exhibitors.id")
    .select(["members.exhibitor_id", "members.role", "exhibitors.status", "exhibitors.name_ru"])
    .select(["exhibitors.name_en", "exhibitor_drafts.status as draft_status"])
    .select(["exhibitor_drafts.name_ru as draft_ru", "exhibitor_drafts.name_en as draft_en"])
    .where("members.user_id", "=", userId)
    .orderBy("members.created_at")
    .orderBy("exhibitors.id")
    .execute();
  return rows.map((row) => ({
    exhibitorId: row.exhibitor_id,
    name: { ru: row.draft_ru ?? row.name_ru, en: row.draft_en ?? row.name_en },
    role: row.role,
    liveStatus: row.status,
    draftStatus: row.draft_status ?? row.status,
  }));
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}

/**
 * Creates an exhibitor in draft on a floor of the exhibition, with the person as its owner
 * and a draft to edit; NotFoundError for an unknown floor. Returns its id.
 */
export async function createExhibitor(
  db: Database,
  userId: string,
  input: { name: BilingualText; floorSlug: string },
  now: Date,
): Promise<string> {
  const exhibition = await currentExhibition(db);
  const floor = await db
    .selectFrom("floors")
    .select("id")
    .where("exhibition_id", "=", exhibition.id)
    .where("slug", "=", input.floorSlug)
    .executeTakeFirst();
  if (!floor) throw new NotFoundError("floor");
  const base = slugify(input.name.en || input.name.ru);
  for (let attempt = 1; ; attempt++) {
    const id = crypto.randomUUID();
    const at = now.toISOString();
    try {
      await inTransaction(db, async (trx) => {
        const slug = await freeSlug(trx, exhibition.id, base);
        await trx
          .insertInto("exhibitors")
          .values({
            ...{ id, exhibition_id: exhibition.id, floor_id: floor.id, slug },
            ...{ name_ru: input.name.ru, name_en: input.name.en, description_ru: "", description_en: "" },
            ...{ products_ru: "", products_en: "", tags: "", website: null, contact_email: null },
            ...{ contact_phone: null, logo_file_id: null, color: NEW_BOOTH_COLOR, booth_size: "small" },
            ...{ status: "draft", rejection_reason: null, created_at: at, updated_at: at },
            ...{ video_file_id: null, video_url: null, storage_quota_bytes: null },
          })
          .execute();
        await trx
          .insertInto("members")
          .values({ exhibitor_id: id, user_id: userId, role: "owner", created_at: at })
          .execute();
        await ensureDraft(trx, id);
      });
      return id;
    } catch (error) {
      // Two people naming their companies alike at the same moment: the loser takes the next slug.
      if (!isUniqueViolation(error) || attempt >= SLUG_ATTEMPTS) throw error;
    }
  }
}
