/** The profile form's values: every field a string, as the inputs hold them. */
import { BOOTH_FOOTPRINTS } from "@pavilion/floor";
import type { Draft, ProfileInput } from "@pavilion/schema";

export type BoothSize = ProfileInput["boothSize"];

export interface ProfileValues {
  name: { ru: string; en: string };
  description: { ru: string; en: string };
  products: { ru: string; en: string };
  tags: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
  color: string;
  boothSize: BoothSize;
  videoUrl: string;
}

/** The form's starting values from the saved draft ("not given" is an empty field). */
export function profileValues(profile: Draft["profile"]): ProfileValues {
  return {
    name: { ...profile.name },
    description: { ...profile.description },
    products: { ...profile.products },
    tags: profile.tags,
    website: profile.website ?? "",
    contactEmail: profile.contactEmail ?? "",
    contactPhone: profile.contactPhone ?? "",
    color: profile.color,
    boothSize: profile.boothSize,
    videoUrl: profile.videoUrl ?? "",
  };
}

/** True when the form holds something the draft does not. */
export function isChanged(values: ProfileValues, saved: ProfileValues): boolean {
  return JSON.stringify(values) !== JSON.stringify(saved);
}

/** Booth sizes and their footprint in metres (width × depth), as the floor lays them out. */
export const boothSizes: ReadonlyArray<{ size: BoothSize; width: number; depth: number }> = (
  ["small", "medium", "large"] as const
).map((size) => ({ size, ...BOOTH_FOOTPRINTS[size] }));

/** The names of the form's fields, as errors name them (the API's `profile.` taken off). */
export const profileFields = [
  "name.ru",
  "name.en",
  "description.ru",
  "description.en",
  "products.ru",
  "products.en",
  "tags",
  "website",
  "contactEmail",
  "contactPhone",
  "color",
  "boothSize",
  "videoUrl",
] as const;
