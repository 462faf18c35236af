import { z } from "zod";
import { floorBoothModelSchema } from "./immersive.ts";

const bilingual = z.object({ ru: z.string(), en: z.string() });
const point = z.object({ x: z.number(), z: z.number() });

export const boothSizeSchema = z.enum(["small", "medium", "large"]);
export const facingSchema = z.enum(["north", "south", "east", "west"]);

/** One booth as the floor (3D and 2D) draws it. Floor coordinates in metres, x east, z south. */
export const floorBoothSchema = z.object({
  id: z.string(),
  exhibitorId: z.string(),
  slug: z.string(),
  x: z.number(),
  z: z.number(),
  width: z.number(),
  depth: z.number(),
  size: boothSizeSchema,
  facing: facingSchema,
  entrance: point,
  name: bilingual,
  color: z.string(),
  logoUrl: z.string().nullable(),
  /** Cell of this booth's logo in the floor's logo atlas, or null when it has none. */
  atlasIndex: z.number().int().nullable(),
  live: z.boolean(),
  staffOnline: z.boolean(),
  /** True when an organiser placed the booth by hand (the API always sends it). */
  placedByHand: z.boolean().optional(),
  /** The company's featured 3D model, standing on the booth's plinth when a visitor is near. */
  model: floorBoothModelSchema.nullable().optional(),
});
export type FloorBooth = z.infer<typeof floorBoothSchema>;

/** A grid texture holding every logo of a floor, so all booths draw from one texture. */
export const logoAtlasSchema = z.object({
  url: z.string(),
  columns: z.number().int(),
  rows: z.number().int(),
  cellPx: z.number().int(),
});

export const floorPlanSchema = z.object({
  floor: z.object({ id: z.string(), slug: z.string(), name: bilingual }),
  floors: z.array(
    z.object({ id: z.string(), slug: z.string(), name: bilingual, exhibitorCount: z.number() }),
  ),
  width: z.number(),
  depth: z.number(),
  alleys: z.array(z.object({ id: z.string(), from: point, to: point, width: z.number() })),
  blocks: z.array(z.object({ x: z.number(), z: z.number(), width: z.number(), depth: z.number() })),
  booths: z.array(floorBoothSchema),
  atlas: logoAtlasSchema.nullable(),
});
export type FloorPlan = z.infer<typeof floorPlanSchema>;

export const floorPlanInput = z.object({ slug: z.string().min(1).max(100) });

export const searchInput = z.object({
  query: z.string().trim().min(1).max(100),
  limit: z.number().int().min(1).max(50).default(10),
});
export const searchResultSchema = z.array(
  z.object({
    exhibitorId: z.string(),
    boothId: z.string().nullable(),
    floorSlug: z.string(),
    name: bilingual,
    floorName: bilingual,
    logoUrl: z.string().nullable(),
  }),
);
export type SearchResult = z.infer<typeof searchResultSchema>;

export const bookmarkInput = z.object({ exhibitorId: z.string().uuid() });
export const bookmarksSchema = z.array(
  z.object({ exhibitorId: z.string(), floorSlug: z.string(), createdAt: z.string() }),
);

/** Where a visit to a booth came from, for the activity table. */
export const boothVisitInput = z.object({
  exhibitorId: z.string().uuid(),
  source: z.enum(["floor", "plan", "search", "list", "link"]),
});

export const moveBoothInput = z.object({
  exhibitorId: z.string().uuid(),
  x: z.number().finite(),
  z: z.number().finite(),
});
export const resizeBoothInput = z.object({
  exhibitorId: z.string().uuid(),
  size: boothSizeSchema,
  /** Where to put the resized booth's north-west corner (then placed by hand); where it stands when left out. */
  at: z.object({ x: z.number().finite(), z: z.number().finite() }).optional(),
});

/** A booth's page, enough for the visitor who enters it (the booth issue extends it). */
export const boothPageSchema = z.object({
  exhibitorId: z.string(),
  slug: z.string(),
  name: bilingual,
  description: bilingual,
  products: bilingual,
  floor: z.object({ slug: z.string(), name: bilingual }),
  boothId: z.string().nullable(),
  logoUrl: z.string().nullable(),
  color: z.string(),
  website: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  /** The uploaded video presentation, played inline. */
  video: z
    .object({ url: z.string(), posterUrl: z.string().nullable(), durationMs: z.number().int().nullable() })
    .nullable(),
  /** An external video presentation (a web link), when no video was uploaded. */
  videoLink: z.string().nullable(),
  materials: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["pdf", "image", "video", "slides", "link"]),
      title: bilingual,
      description: bilingual,
      /** For files: `/materials/<id>/download` (counted, served as an attachment); for links: the address. */
      url: z.string().nullable(),
      /** For images and videos: `/files/<id>`, shown inline. */
      viewUrl: z.string().nullable(),
      /** A picture for the material: the image itself or a video's poster frame. */
      previewUrl: z.string().nullable(),
      fileName: z.string().nullable(),
      size: z.number().nullable(),
    }),
  ),
  upcomingEvents: z.array(
    z.object({ id: z.string(), title: bilingual, startsAt: z.string(), endsAt: z.string() }),
  ),
  /** An approved event of the exhibitor is on now (by its schedule, or a host is on air). */
  live: z.boolean(),
  /** Someone of the booth's staff is in its live room now (LiveKit presence). */
  staffOnline: z.boolean(),
});
export type BoothPage = z.infer<typeof boothPageSchema>;
export const boothPageInput = z.object({ exhibitorId: z.string().uuid() });
