/** A booth's page: the exhibitor, its published materials and its coming events. */
import type { Database } from "@pavilion/db";
import type { BoothPage, SessionUser } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { liveExhibitors } from "../floor/plan.ts";
import { exhibitorsWithStaffOnline } from "../live/presence.ts";

const UPCOMING_EVENTS = 5;

/** The address when it is a web link; anything else (javascript:, data:) is never handed to a page. */
function webLink(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

/** True when the person may see the exhibitor before it is approved: its own staff and organisers. */
export function mayPreview(viewer: SessionUser | null, exhibitorId: string): boolean {
  if (!viewer) return false;
  return viewer.role === "organiser" || viewer.memberships.some((m) => m.exhibitorId === exhibitorId);
}

/** The exhibitor's place (slug, floor, booth) and its live profile; undefined for an unknown one. */
async function loadExhibitor(db: Database, exhibitorId: string) {
  return db
    .selectFrom("exhibitors")
    .innerJoin("floors", "floors.id", "exhibitors.floor_id")
    .leftJoin("booths", "booths.exhibitor_id", "exhibitors.id")
    .select(["exhibitors.id", "exhibitors.slug", "exhibitors.status", "exhibitors.color"])
    .select(["exhibitors.name_ru", "exhibitors.name_en", "exhibitors.description_ru"])
    .select(["exhibitors.description_en", "exhibitors.products_ru", "exhibitors.products_en"])
    .select(["exhibitors.website", "exhibitors.contact_email", "exhibitors.contact_phone"])
    .select(["exhibitors.logo_file_id", "booths.id as booth_id"])
    .select(["exhibitors.video_file_id", "exhibitors.video_url"])
    .select(["floors.slug as floor_slug", "floors.name_ru as floor_ru", "floors.name_en as floor_en"])
    .where("exhibitors.id", "=", exhibitorId)
    .executeTakeFirst();
}

type ExhibitorRow = NonNullable<Awaited<ReturnType<typeof loadExhibitor>>>;

/** What a booth page shows of a profile: the live row's, or a draft's for a preview. */
export type PageProfile = Pick<
  ExhibitorRow,
  | "name_ru"
  | "name_en"
  | "description_ru"
  | "description_en"
  | "products_ru"
  | "products_en"
  | "website"
  | "contact_email"
  | "contact_phone"
  | "logo_file_id"
  | "color"
  | "video_file_id"
  | "video_url"
>;

const fileUrl = (fileId: string | null): string | null => (fileId ? `/files/${fileId}` : null);

/** Materials visitors see: published by the exhibitor and approved by an organiser (or not, for a preview). */
async function publishedMaterials(
  db: Database,
  exhibitorId: string,
  includeUnapproved: boolean,
): Promise<BoothPage["materials"]> {
  let query = db
    .selectFrom("materials")
    .leftJoin("files", "files.id", "materials.file_id")
    .select(["materials.id", "materials.kind", "materials.file_id", "materials.url", "materials.file_name"])
    .select([
      "materials.title_ru",
      "materials.title_en",
      "materials.description_ru",
      "materials.description_en",
    ])
    .select(["files.size", "files.poster_file_id"])
    .where("materials.exhibitor_id", "=", exhibitorId)
    .where("materials.published", "=", 1);
  if (!includeUnapproved) query = query.where("materials.approved", "=", 1);
  const rows = await query.orderBy("materials.position").orderBy("materials.id").execute();
  return rows.map((row) => {
    const inline = row.kind === "image" || row.kind === "video";
    return {
      id: row.id,
      kind: row.kind,
      title: { ru: row.title_ru, en: row.title_en },
      description: { ru: row.description_ru, en: row.description_en },
      url: row.file_id ? `/materials/${row.id}/download` : webLink(row.url),
      viewUrl: inline ? fileUrl(row.file_id) : null,
      previewUrl: row.kind === "image" ? fileUrl(row.file_id) : fileUrl(row.poster_file_id ?? null),
      fileName: row.file_name,
      size: row.size === null || row.size === undefined ? null : Number(row.size),
    };
  });
}

/** An uploaded video presentation as a page plays it: the file, its poster frame, its length. */
export async function presentationVideo(db: Database, fileId: string | null): Promise<BoothPage["video"]> {
  if (!fileId) return null;
  const file = await db
    .selectFrom("files")
    .select(["id", "duration_ms", "poster_file_id"])
    .where("id", "=", fileId)
    .executeTakeFirst();
  if (!file) return null;
  return { url: `/files/${file.id}`, posterUrl: fileUrl(file.poster_file_id), durationMs: file.duration_ms };
}

async function upcomingEvents(
  db: Database,
  exhibitorId: string,
  now: Date,
): Promise<BoothPage["upcomingEvents"]> {
  const rows = await db
    .selectFrom("events")
    .select(["id", "title_ru", "title_en", "starts_at", "ends_at"])
    .where("exhibitor_id", "=", exhibitorId)
    // Meetings are private to their two sides.
    .where("kind", "!=", "meeting")
    .where("status", "=", "approved")
    .where("ends_at", ">", now.toISOString())
    .orderBy("starts_at")
    .orderBy("id")
    .limit(UPCOMING_EVENTS)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: { ru: row.title_ru, en: row.title_en },
    startsAt: row.starts_at,
    endsAt: row.ends_at,
  }));
}

/** Which version of a booth to show: the live one, or a draft's profile with unapproved materials too. */
interface PageVersion {
  profile: PageProfile;
  includeUnapproved: boolean;
}

async function composePage(
  db: Database,
  row: ExhibitorRow,
  { profile, includeUnapproved }: PageVersion,
  now: Date,
): Promise<BoothPage> {
  const [materials, events, video, live, staffOnline] = await Promise.all([
    publishedMaterials(db, row.id, includeUnapproved),
    upcomingEvents(db, row.id, now),
    presentationVideo(db, profile.video_file_id),
    liveExhibitors(db, { exhibitorId: row.id }, now),
    exhibitorsWithStaffOnline(db),
  ]);
  return {
    ...{ exhibitorId: row.id, slug: row.slug, name: { ru: profile.name_ru, en: profile.name_en } },
    description: { ru: profile.description_ru, en: profile.description_en },
    products: { ru: profile.products_ru, en: profile.products_en },
    floor: { slug: row.floor_slug, name: { ru: row.floor_ru, en: row.floor_en } },
    boothId: row.booth_id,
    logoUrl: fileUrl(profile.logo_file_id),
    ...{ color: profile.color, website: webLink(profile.website), contactEmail: profile.contact_email },
    contactPhone: profile.contact_phone,
    video,
    videoLink: video ? null : webLink(profile.video_url),
    materials,
    upcomingEvents: events,
    live: live.has(row.id),
    staffOnline: staffOnline.has(row.id),
  };
}

/** The page of an approved exhibitor's booth (or of any, for its staff and organisers); NotFoundError otherwise. */
export async function boothPage(
  db: Database,
  exhibitorId: string,
  viewer: SessionUser | null,
  now: Date,
): Promise<BoothPage> {
  const row = await loadExhibitor(db, exhibitorId);
  if (!row || (row.status !== "approved" && !mayPreview(viewer, exhibitorId))) {
    throw new NotFoundError("booth");
  }
  return composePage(db, row, { profile: row, includeUnapproved: false }, now);
}

/** The booth page visitors see now, or null while nothing of the exhibitor is approved. */
export async function liveBoothPage(db: Database, exhibitorId: string, now: Date): Promise<BoothPage | null> {
  const row = await loadExhibitor(db, exhibitorId);
  if (row?.status !== "approved") return null;
  return composePage(db, row, { profile: row, includeUnapproved: false }, now);
}

/** The booth page as it would look with this profile and every published material approved. */
export async function previewBoothPage(
  db: Database,
  exhibitorId: string,
  profile: PageProfile,
  now: Date,
): Promise<BoothPage> {
  const row = await loadExhibitor(db, exhibitorId);
  if (!row) throw new NotFoundError("booth");
  return composePage(db, row, { profile, includeUnapproved: true }, now);
}
