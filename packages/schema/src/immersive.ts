/**
 * Immersive booths (issue 8): an exhibitor's 3D product models and the 360° tour of its site,
 * as the cabinet edits them and visitors see them.
 */
import { z } from "zod";
import { bilingualTextSchema, idSchema } from "./common.ts";

const text = (max: number) => z.string().trim().max(max);
const bilingualOf = (max: number) => z.object({ ru: text(max), en: text(max) });
const exhibitorScope = z.object({ exhibitorId: idSchema });
const uploadId = z.string().min(1).max(200);

/** How many an exhibitor may keep. */
export const MAX_MODELS_PER_EXHIBITOR = 12;
export const MAX_PANORAMAS_PER_EXHIBITOR = 30;
export const MAX_HOTSPOTS_PER_PANORAMA = 20;

/** What the server accepts in an uploaded model, before optimising it. */
export const MODEL_BUDGET = {
  /** Triangles over all meshes (instances counted once per use). */
  triangles: 500_000,
  /** The longer side of any texture as uploaded. */
  textureSide: 8192,
  textures: 32,
} as const;
/** What we keep: textures resized to this side at most, re-encoded as WebP. */
export const MODEL_TEXTURE_SIDE = 2048;

/** A panorama must be 2:1 within this much (a 4000×2001 photo is fine). */
export const PANORAMA_RATIO_TOLERANCE = 0.01;
export const PANORAMA_MIN_WIDTH = 2048;
/** Widths each panorama is kept at (those not above the upload's own), smallest first. */
export const PANORAMA_LEVEL_WIDTHS = [1024, 2048, 4096, 8192] as const;

const vec3 = z.tuple([z.number(), z.number(), z.number()]);
export const modelBoundsSchema = z.object({ min: vec3, max: vec3 });
export type ModelBounds = z.infer<typeof modelBoundsSchema>;

/** A product model as visitors and the cabinet see it. */
export const productModelSchema = z.object({
  id: z.string(),
  exhibitorId: z.string(),
  title: bilingualTextSchema,
  /** What a screen reader says instead of the picture. */
  description: bilingualTextSchema,
  /** The optimised .glb (meshopt-compressed; three's MeshoptDecoder reads it). */
  url: z.string(),
  previewUrl: z.string().nullable(),
  sizeBytes: z.number(),
  triangles: z.number().int(),
  bounds: modelBoundsSchema,
  featured: z.boolean(),
  /** The name it was uploaded under (cabinet). */
  originalName: z.string(),
});
export type ProductModel = z.infer<typeof productModelSchema>;

const modelTexts = z.object({ title: bilingualOf(200), description: bilingualOf(2000) });
export const addModelInput = exhibitorScope
  .extend({ uploadId, featured: z.boolean().default(false) })
  .extend(modelTexts.shape);
export const modelScope = exhibitorScope.extend({ modelId: idSchema });
export const updateModelInput = modelScope.extend(modelTexts.shape);
/** Makes this model the one on the booth's stand, or (null) none. */
export const featureModelInput = exhibitorScope.extend({ modelId: idSchema.nullable() });
export const reorderModelsInput = exhibitorScope.extend({ modelIds: z.array(idSchema).max(100) });

// ---------------------------------------------------------------- tours

export const panoramaLevelSchema = z.object({ url: z.string(), width: z.number(), height: z.number() });
export type PanoramaLevel = z.infer<typeof panoramaLevelSchema>;

export const hotspotKindSchema = z.enum(["panorama", "material", "caption"]);
export type HotspotKind = z.infer<typeof hotspotKindSchema>;

/** Degrees: yaw 0 is the photo's centre, growing to the right (−180…180); pitch 0 the horizon, up positive. */
export const yawSchema = z.number().min(-180).max(180);
export const pitchSchema = z.number().min(-90).max(90);

export const tourHotspotSchema = z.object({
  id: z.string(),
  kind: hotspotKindSchema,
  yaw: z.number(),
  pitch: z.number(),
  /** kind "panorama": where it goes. */
  targetPanoramaId: z.string().nullable(),
  /** kind "material": the material it opens (its title, and its download address when it has a file). */
  material: z
    .object({ id: z.string(), title: bilingualTextSchema, url: z.string().nullable(), kind: z.string() })
    .nullable(),
  /** The caption (kind "caption") or the button's own label ('' = the default for its kind). */
  text: bilingualTextSchema,
});
export type TourHotspot = z.infer<typeof tourHotspotSchema>;

export const panoramaSchema = z.object({
  id: z.string(),
  title: bilingualTextSchema,
  /** Smallest first; the viewer picks one the screen and the GPU can use. */
  levels: z.array(panoramaLevelSchema).min(1),
  initialYaw: z.number(),
  hotspots: z.array(tourHotspotSchema),
  originalName: z.string(),
});
export type Panorama = z.infer<typeof panoramaSchema>;

/** A company's tour: its panoramas in order (the first is where it starts). */
export const tourSchema = z.object({ exhibitorId: z.string(), panoramas: z.array(panoramaSchema) });
export type Tour = z.infer<typeof tourSchema>;

export const addPanoramaInput = exhibitorScope.extend({ uploadId, title: bilingualOf(200) });
export const panoramaScope = exhibitorScope.extend({ panoramaId: idSchema });
export const updatePanoramaInput = panoramaScope.extend({ title: bilingualOf(200), initialYaw: yawSchema });
export const reorderPanoramasInput = exhibitorScope.extend({ panoramaIds: z.array(idSchema).max(100) });

const hotspotPlace = {
  yaw: yawSchema,
  pitch: pitchSchema,
  text: bilingualOf(300).default({ ru: "", en: "" }),
};
/** What a hotspot does: go to a panorama, open a material, or show a caption. */
export const hotspotTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("panorama"), targetPanoramaId: idSchema, ...hotspotPlace }),
  z.object({ kind: z.literal("material"), materialId: idSchema, ...hotspotPlace }),
  z.object({ kind: z.literal("caption"), ...hotspotPlace }),
]);
export const addHotspotInput = panoramaScope.extend({ hotspot: hotspotTargetSchema });
export const hotspotScope = exhibitorScope.extend({ hotspotId: idSchema });
export const updateHotspotInput = hotspotScope.extend({ hotspot: hotspotTargetSchema });

// ---------------------------------------------------------------- visitors

/** What a booth page shows beyond the flat page: the company's models and its tour. */
export const boothImmersiveSchema = z.object({
  models: z.array(productModelSchema),
  tour: tourSchema,
});
export type BoothImmersive = z.infer<typeof boothImmersiveSchema>;
export const boothImmersiveInput = z.object({ exhibitorId: idSchema });

/** A visitor opened a model in the booth's viewer (counted once per visitor and model in 10 minutes). */
export const modelViewedInput = z.object({ modelId: idSchema });
/** A visitor left a tour: how long they looked around and how many panoramas they saw. */
export const tourLeftInput = z.object({
  exhibitorId: idSchema,
  seconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  panoramasSeen: z.number().int().min(1).max(MAX_PANORAMAS_PER_EXHIBITOR),
});

/** The featured model standing on a booth on the floor. */
export const floorBoothModelSchema = z.object({
  url: z.string(),
  bounds: modelBoundsSchema,
  title: bilingualTextSchema,
});
export type FloorBoothModel = z.infer<typeof floorBoothModelSchema>;
