/** The cabinet's front page for one exhibitor: where it stands, its draft, its storage. */
import type { MemberRole } from "@pavilion/db";
import type { CabinetOverview } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { NotFoundError } from "../../errors.ts";
import { quotaOf } from "../../uploads/index.ts";
import { draftView } from "./draft.ts";
import { pendingMaterialCount } from "./material-rows.ts";

/** The overview of an exhibitor for one of its members (whose role it names). */
export async function cabinetOverview(
  services: ApiServices,
  exhibitorId: string,
  role: MemberRole,
): Promise<CabinetOverview> {
  const { db } = services;
  const row = await db
    .selectFrom("exhibitors")
    .innerJoin("floors", "floors.id", "exhibitors.floor_id")
    .leftJoin("booths", "booths.exhibitor_id", "exhibitors.id")
    .select(["exhibitors.id", "exhibitors.slug", "exhibitors.status", "booths.id as booth_id"])
    .select(["floors.slug as floor_slug", "floors.name_ru as floor_ru", "floors.name_en as floor_en"])
    .where("exhibitors.id", "=", exhibitorId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("exhibitor");
  const [draft, quota, pendingMaterials] = await Promise.all([
    draftView(db, exhibitorId),
    quotaOf(services, exhibitorId),
    pendingMaterialCount(db, exhibitorId),
  ]);
  return {
    ...{ exhibitorId: row.id, slug: row.slug, role, liveStatus: row.status },
    floor: { slug: row.floor_slug, name: { ru: row.floor_ru, en: row.floor_en } },
    boothId: row.booth_id,
    draft,
    quota,
    limits: { ...services.config.uploads.limits },
    pendingMaterials,
  };
}
