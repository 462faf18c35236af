/** The demo exhibitors: invented organisations spread over the floors. */
import type { BoothSize, ExhibitorsTable, ModerationStatus } from "@pavilion/db";
import type { Insertable } from "kysely";
import type { Bilingual } from "./bilingual.ts";
import { describe } from "./descriptions.ts";
import { exhibitionId, FLOORS, type FloorKey, floorId } from "./exhibition.ts";
import { demoId } from "./ids.ts";
import { type LogoSpec, logoSpec, PALETTE } from "./logos.ts";
import { drawNames } from "./names.ts";
import { offerOf, tagsOf } from "./offer.ts";
import type { Random } from "./random.ts";

export interface ExhibitorPlan {
  id: string;
  floor: FloorKey;
  name: Bilingual;
  slug: string;
  status: ModerationStatus;
  logo: LogoSpec;
  /** The row without its logo, which is known only once the image is stored. */
  row: Omit<Insertable<ExhibitorsTable>, "logo_file_id">;
}

const AREA_CODES = ["495", "499", "812", "843", "383", "343", "863", "846"];

/** The exhibitors of all floors, in a fixed order; the first one is always approved. */
export function planExhibitors(random: Random, now: Date): ExhibitorPlan[] {
  const taken = new Set<string>();
  const plans: ExhibitorPlan[] = [];
  for (const floor of FLOORS) {
    for (const { name, slug, initials } of drawNames(random, floor.key, floor.exhibitors, taken)) {
      plans.push(planOne(random, plans.length, floor.key, name, slug, initials, now));
    }
  }
  return plans;
}

function planOne(
  random: Random,
  index: number,
  floor: FloorKey,
  name: Bilingual,
  slug: string,
  initials: string,
  now: Date,
): ExhibitorPlan {
  const id = demoId(`exhibitor:${slug}`);
  const color = random.pick(PALETTE);
  const description = describe(random, floor);
  const offer = offerOf(random, floor);
  const status = statusOf(index);
  // Spread creation over the past days so "newest first" lists look lived-in.
  const createdAt = new Date(now.getTime() - (400 - index) * 37 * 60_000).toISOString();
  return {
    id,
    floor,
    name,
    slug,
    status,
    logo: logoSpec(random, initials, color),
    row: {
      id,
      exhibition_id: exhibitionId,
      floor_id: floorId(floor),
      slug,
      name_ru: name.ru,
      name_en: name.en,
      description_ru: description.ru,
      description_en: description.en,
      products_ru: offer.ru,
      products_en: offer.en,
      tags: tagsOf(random, floor),
      website: `https://${slug}.example`,
      contact_email: `info@${slug}.example`,
      contact_phone: phone(random),
      color,
      booth_size: boothSize(random),
      status,
      rejection_reason: null,
      created_at: createdAt,
      updated_at: createdAt,
    },
  };
}

/** Mostly approved; a handful waits for moderation or is still a draft. */
function statusOf(index: number): ModerationStatus {
  if (index > 0 && index % 53 === 17) return "submitted";
  if (index > 0 && index % 71 === 40) return "draft";
  return "approved";
}

function boothSize(random: Random): BoothSize {
  const roll = random.next();
  if (roll < 0.08) return "large";
  if (roll < 0.3) return "medium";
  return "small";
}

function phone(random: Random): string {
  const digits = (count: number) => String(random.int(0, 10 ** count - 1)).padStart(count, "0");
  return `+7 (${random.pick(AREA_CODES)}) ${random.int(200, 999)}-${digits(2)}-${digits(2)}`;
}
