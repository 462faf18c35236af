/**
 * An organiser's decision on a submitted draft. Approval copies the draft over the live
 * row, approves the exhibitor's materials and, the first time, places the booth on the
 * floor; rejection sends the draft back with a reason. Both tell the company's owners.
 */
import type { Database } from "@pavilion/db";
import { AppError } from "../../errors.ts";
import {
  liveProfile,
  loadDraft,
  mirrorStatusWhileUnapproved,
  PROFILE_COLUMNS,
  type ProfileColumns,
} from "../cabinet/draft.ts";
import { releaseUnusedFiles } from "../cabinet/file-usage.ts";
import { exhibitionName, inLanguage } from "../cabinet/names.ts";
import { ensureFloorLayout, inTransaction } from "../floor/placement.ts";
import { composeLetter } from "../mail/letters.ts";
import type { Mailer } from "../mail/mailer.ts";

/** Who decides, and where links in the letters point. */
export interface Decision {
  organiserId: string;
  publicUrl: string;
}

async function submittedDraft(db: Database, exhibitorId: string) {
  const draft = await loadDraft(db, exhibitorId);
  if (draft.status !== "submitted") throw new AppError("moderation.notSubmitted");
  return draft;
}

function profileOf(draft: ProfileColumns): ProfileColumns {
  return Object.fromEntries(PROFILE_COLUMNS.map((column) => [column, draft[column]])) as ProfileColumns;
}

/** Makes the submitted draft what visitors see, with all the exhibitor's materials. */
export async function approveDraft(
  db: Database,
  mailer: Mailer,
  exhibitorId: string,
  decision: Decision,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const approved = await inTransaction(db, async (trx) => {
    const draft = profileOf(await submittedDraft(trx, exhibitorId));
    const live = await liveProfile(trx, exhibitorId);
    await trx
      .updateTable("exhibitors")
      .set({ ...draft, status: "approved", rejection_reason: null, updated_at: at })
      .where("id", "=", exhibitorId)
      .execute();
    await trx
      .updateTable("materials")
      .set({ approved: 1 })
      .where("exhibitor_id", "=", exhibitorId)
      .where("approved", "=", 0)
      .execute();
    await trx
      .updateTable("exhibitor_drafts")
      .set({ status: "approved", rejection_reason: null, decided_at: at, decided_by: decision.organiserId })
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    // Places a new booth in free room, or one whose size changed; every other booth stays.
    await ensureFloorLayout(trx, await floorOf(trx, exhibitorId), now);
    await releaseUnusedFiles(trx, exhibitorId, [live.logo_file_id, live.video_file_id]);
    return draft;
  });
  await tellOwners(db, mailer, exhibitorId, "exhibitorApproved", {
    company: { ru: approved.name_ru, en: approved.name_en },
    url: `${decision.publicUrl.replace(/\/$/, "")}/booths/${exhibitorId}`,
  });
}

/** Sends the submitted draft back to the exhibitor with the organiser's reason. */
export async function rejectDraft(
  db: Database,
  mailer: Mailer,
  exhibitorId: string,
  reason: string,
  decision: Decision,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const draft = await inTransaction(db, async (trx) => {
    const submitted = await submittedDraft(trx, exhibitorId);
    await trx
      .updateTable("exhibitor_drafts")
      .set({ status: "rejected", rejection_reason: reason, decided_at: at, decided_by: decision.organiserId })
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    await mirrorStatusWhileUnapproved(trx, exhibitorId, "rejected", reason, now);
    return submitted;
  });
  await tellOwners(db, mailer, exhibitorId, "exhibitorRejected", {
    company: { ru: draft.name_ru, en: draft.name_en },
    url: `${decision.publicUrl.replace(/\/$/, "")}/cabinet/${exhibitorId}`,
    reason,
  });
}

async function floorOf(db: Database, exhibitorId: string): Promise<string> {
  const row = await db
    .selectFrom("exhibitors")
    .select("floor_id")
    .where("id", "=", exhibitorId)
    .executeTakeFirstOrThrow();
  return row.floor_id;
}

/** Writes a letter about the decision to each owner of the exhibitor, in the owner's language. */
async function tellOwners(
  db: Database,
  mailer: Mailer,
  exhibitorId: string,
  letter: "exhibitorApproved" | "exhibitorRejected",
  details: { company: { ru: string; en: string }; url: string; reason?: string },
): Promise<void> {
  const owners = await db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select(["users.email", "users.name", "users.locale"])
    .where("members.exhibitor_id", "=", exhibitorId)
    .where("members.role", "=", "owner")
    .orderBy("users.email")
    .execute();
  const exhibition = await exhibitionName(db);
  for (const owner of owners) {
    await mailer.send(
      composeLetter(letter, owner.locale, owner.email, {
        ...{ name: owner.name, company: inLanguage(details.company, owner.locale) },
        ...{ exhibition: inLanguage(exhibition, owner.locale), url: details.url },
        reason: details.reason ?? "",
      }),
    );
  }
}
