/**
 * The exhibitor's draft: the working copy of its profile and booth beside the live
 * (approved) exhibitors row. Created lazily as a copy of the live row; every change
 * puts it back to "draft", and only approval copies it over the live row.
 */
import type { Database, ExhibitorDraft, ModerationStatus } from "@pavilion/db";
import type { Draft } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { presentationVideo } from "../booth/page.ts";

/** The columns the draft and the live row share: what an approval copies. */
export const PROFILE_COLUMNS = [
  "name_ru",
  "name_en",
  "description_ru",
  "description_en",
  "products_ru",
  "products_en",
  "tags",
  "website",
  "contact_email",
  "contact_phone",
  "logo_file_id",
  "color",
  "booth_size",
  "video_file_id",
  "video_url",
] as const;

export type ProfileColumns = Pick<ExhibitorDraft, (typeof PROFILE_COLUMNS)[number]>;
type DraftState = Pick<
  ExhibitorDraft,
  "status" | "rejection_reason" | "submitted_at" | "decided_at" | "updated_at"
>;
export type DraftRow = ProfileColumns & DraftState;

/** The live row's profile and status; NotFoundError for an unknown exhibitor. */
export async function liveProfile(db: Database, exhibitorId: string) {
  const live = await db
    .selectFrom("exhibitors")
    .select([...PROFILE_COLUMNS, "status", "updated_at"])
    .where("id", "=", exhibitorId)
    .executeTakeFirst();
  if (!live) throw new NotFoundError("exhibitor");
  return live;
}

/** The draft as it would be created from the live row: unchanged, so "approved" when the live row is. */
function draftFromLive(live: ProfileColumns & { status: ModerationStatus; updated_at: string }): DraftRow {
  const { status, updated_at, ...profile } = live;
  return { ...profile, status, rejection_reason: null, submitted_at: null, decided_at: null, updated_at };
}

/** The exhibitor's draft, or the one its live row implies when none was stored yet. */
export async function loadDraft(db: Database, exhibitorId: string): Promise<DraftRow> {
  const stored = await db
    .selectFrom("exhibitor_drafts")
    .select([...PROFILE_COLUMNS, "status", "rejection_reason", "submitted_at", "decided_at", "updated_at"])
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  return stored ?? draftFromLive(await liveProfile(db, exhibitorId));
}

/** Stores the draft the live row implies, unless there is one. */
export async function ensureDraft(db: Database, exhibitorId: string): Promise<void> {
  const exists = await db
    .selectFrom("exhibitor_drafts")
    .select("exhibitor_id")
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (exists) return;
  const draft = draftFromLive(await liveProfile(db, exhibitorId));
  await db
    .insertInto("exhibitor_drafts")
    .values({ ...draft, exhibitor_id: exhibitorId, decided_by: null })
    .onConflict((conflict) => conflict.column("exhibitor_id").doNothing())
    .execute();
}

/**
 * Sets the exhibitor's status while nothing of it is on the floor, so the live row says
 * where its first version stands; an approved exhibitor stays approved.
 */
export async function mirrorStatusWhileUnapproved(
  db: Database,
  exhibitorId: string,
  status: ModerationStatus,
  rejectionReason: string | null,
  now: Date,
): Promise<void> {
  await db
    .updateTable("exhibitors")
    .set({ status, rejection_reason: rejectionReason, updated_at: now.toISOString() })
    .where("id", "=", exhibitorId)
    .where("status", "!=", "approved")
    .execute();
}

/** Changes the draft (storing it first when needed); a changed draft is a draft again. */
export async function changeDraft(
  db: Database,
  exhibitorId: string,
  changes: Partial<ProfileColumns>,
  now: Date,
): Promise<void> {
  await ensureDraft(db, exhibitorId);
  await db
    .updateTable("exhibitor_drafts")
    .set({ ...changes, status: "draft", updated_at: now.toISOString() })
    .where("exhibitor_id", "=", exhibitorId)
    .execute();
  await mirrorStatusWhileUnapproved(db, exhibitorId, "draft", null, now);
}

/** True when the draft differs from what visitors see, or nothing was approved yet. */
export function differsFromLive(
  draft: ProfileColumns,
  live: ProfileColumns & { status: ModerationStatus },
): boolean {
  return live.status !== "approved" || PROFILE_COLUMNS.some((column) => draft[column] !== live[column]);
}

const fileUrl = (fileId: string | null): string | null => (fileId ? `/files/${fileId}` : null);

/** The draft as the cabinet shows it. */
export async function draftView(db: Database, exhibitorId: string): Promise<Draft> {
  const [draft, live] = await Promise.all([loadDraft(db, exhibitorId), liveProfile(db, exhibitorId)]);
  return {
    profile: {
      name: { ru: draft.name_ru, en: draft.name_en },
      description: { ru: draft.description_ru, en: draft.description_en },
      products: { ru: draft.products_ru, en: draft.products_en },
      ...{ tags: draft.tags, website: draft.website, contactEmail: draft.contact_email },
      ...{ contactPhone: draft.contact_phone, color: draft.color, boothSize: draft.booth_size },
      videoUrl: draft.video_url,
    },
    logoUrl: fileUrl(draft.logo_file_id),
    video: await presentationVideo(db, draft.video_file_id),
    status: draft.status,
    rejectionReason: draft.rejection_reason,
    submittedAt: draft.submitted_at,
    decidedAt: draft.decided_at,
    hasChanges: differsFromLive(draft, live),
  };
}
