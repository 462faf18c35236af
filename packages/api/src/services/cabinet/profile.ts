/** What an exhibitor writes about its company and booth, and sending it for review. */
import type { Database } from "@pavilion/db";
import type { ProfileInput } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { inTransaction } from "../floor/placement.ts";
import {
  changeDraft,
  differsFromLive,
  ensureDraft,
  liveProfile,
  loadDraft,
  mirrorStatusWhileUnapproved,
} from "./draft.ts";
import { pendingMaterialCount } from "./material-rows.ts";

/** Saves the texts, contacts, colour, size and video link of the draft; the draft is a draft again. */
export async function saveProfile(
  db: Database,
  exhibitorId: string,
  profile: ProfileInput,
  now: Date,
): Promise<void> {
  await inTransaction(db, (trx) =>
    changeDraft(
      trx,
      exhibitorId,
      {
        ...{ name_ru: profile.name.ru, name_en: profile.name.en },
        ...{ description_ru: profile.description.ru, description_en: profile.description.en },
        ...{ products_ru: profile.products.ru, products_en: profile.products.en },
        ...{ tags: profile.tags, website: profile.website, contact_email: profile.contactEmail },
        ...{ contact_phone: profile.contactPhone, color: profile.color, booth_size: profile.boothSize },
        video_url: profile.videoUrl,
      },
      now,
    ),
  );
}

/**
 * Sends the draft and the materials waiting for approval to the organisers. Refused when
 * it already waits, when there is nothing new, or while the name lacks a language.
 */
export async function submitDraft(db: Database, exhibitorId: string, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const draft = await loadDraft(trx, exhibitorId);
    if (draft.status === "submitted") throw new AppError("cabinet.notSubmittable");
    const live = await liveProfile(trx, exhibitorId);
    const pending = await pendingMaterialCount(trx, exhibitorId);
    if (!differsFromLive(draft, live) && pending === 0) throw new AppError("cabinet.notSubmittable");
    if (draft.name_ru.trim() === "" || draft.name_en.trim() === "") throw new AppError("cabinet.incomplete");
    await ensureDraft(trx, exhibitorId);
    await trx
      .updateTable("exhibitor_drafts")
      .set({ status: "submitted", submitted_at: now.toISOString(), decided_at: null, decided_by: null })
      .set({ rejection_reason: null, updated_at: now.toISOString() })
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    await mirrorStatusWhileUnapproved(trx, exhibitorId, "submitted", null, now);
  });
}
