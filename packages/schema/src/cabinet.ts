/**
 * The exhibitor's cabinet, organisers' moderation and what visitors do at a booth:
 * the contracts the API validates at its edge and the web app is typed against.
 */
import { z } from "zod";
import { emailSchema, idSchema, personNameSchema } from "./common.ts";

const bilingual = z.object({ ru: z.string(), en: z.string() });
const text = (max: number) => z.string().trim().max(max);
const bilingualOf = (max: number) => z.object({ ru: text(max), en: text(max) });
/** Empty text means "not given". */
const optionalText = (schema: z.ZodType<string>) =>
  z.union([z.literal("").transform(() => null), schema]).nullable();

export const moderationStatusSchema = z.enum(["draft", "submitted", "approved", "rejected"]);
export type ModerationStatusName = z.infer<typeof moderationStatusSchema>;

import { boothPageSchema, boothSizeSchema } from "./floor.ts";
export const materialKindSchema = z.enum(["pdf", "image", "video", "slides", "link"]);
export const memberRoleNameSchema = z.enum(["owner", "staff"]);

/** A web address people may open: http(s) only, never javascript: or data:. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/ }));

/** Every procedure of the cabinet names the exhibitor it acts for; the server checks membership. */
export const exhibitorScope = z.object({ exhibitorId: idSchema });

// ---------------------------------------------------------------- profile (draft)

/** What an exhibitor edits about its company and booth; approval makes it visible. */
export const profileInputSchema = z.object({
  name: bilingualOf(200),
  description: bilingualOf(5000),
  products: bilingualOf(5000),
  tags: text(500),
  website: optionalText(webUrlSchema),
  contactEmail: optionalText(emailSchema),
  contactPhone: optionalText(
    z
      .string()
      .trim()
      .max(40)
      .regex(/^[+()\d\s.-]{3,40}$/),
  ),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  boothSize: boothSizeSchema,
  /** An external video (YouTube, VK Video, Rutube...) instead of an uploaded one. */
  videoUrl: optionalText(webUrlSchema),
});
export type ProfileInput = z.infer<typeof profileInputSchema>;

export const saveProfileInput = exhibitorScope.extend({ profile: profileInputSchema });

export const videoSchema = z.object({
  /** `/files/<id>` of an uploaded video, played inline. */
  url: z.string(),
  posterUrl: z.string().nullable(),
  durationMs: z.number().int().nullable(),
});

export const draftSchema = z.object({
  profile: z.object({
    name: bilingual,
    description: bilingual,
    products: bilingual,
    tags: z.string(),
    website: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    color: z.string(),
    boothSize: boothSizeSchema,
    videoUrl: z.string().nullable(),
  }),
  logoUrl: z.string().nullable(),
  video: videoSchema.nullable(),
  status: moderationStatusSchema,
  rejectionReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** True when the draft differs from what visitors see (or nothing was approved yet). */
  hasChanges: z.boolean(),
});
export type Draft = z.infer<typeof draftSchema>;

export const quotaSchema = z.object({ usedBytes: z.number(), quotaBytes: z.number() });
export type Quota = z.infer<typeof quotaSchema>;

/** The cabinet's front page for one exhibitor. */
export const cabinetOverviewSchema = z.object({
  exhibitorId: z.string(),
  slug: z.string(),
  role: memberRoleNameSchema,
  /** "approved" once some version is on the floor. */
  liveStatus: moderationStatusSchema,
  floor: z.object({ slug: z.string(), name: bilingual }),
  boothId: z.string().nullable(),
  draft: draftSchema,
  quota: quotaSchema,
  /** Upload limits per kind of file, in bytes, for the form to say before uploading. */
  limits: z.object({
    ...{ image: z.number(), pdf: z.number(), slides: z.number(), video: z.number() },
    ...{ model: z.number(), panorama: z.number() },
  }),
  pendingMaterials: z.number().int(),
});
export type CabinetOverview = z.infer<typeof cabinetOverviewSchema>;

export const myExhibitorsSchema = z.array(
  z.object({
    exhibitorId: z.string(),
    name: bilingual,
    role: memberRoleNameSchema,
    liveStatus: moderationStatusSchema,
    draftStatus: moderationStatusSchema,
  }),
);

/** Attaches a finished upload (tus id) as the logo or the video presentation. */
export const attachUploadInput = exhibitorScope.extend({ uploadId: z.string().min(1).max(200) });

// ---------------------------------------------------------------- materials

export const cabinetMaterialSchema = z.object({
  id: z.string(),
  kind: materialKindSchema,
  title: bilingual,
  description: bilingual,
  /** Sanitised original file name; null for links. */
  fileName: z.string().nullable(),
  size: z.number().nullable(),
  /** Where the file is (`/files/<id>`) or the link's address. */
  url: z.string().nullable(),
  /** An image to show for it: the image itself or a video's poster frame. */
  previewUrl: z.string().nullable(),
  published: z.boolean(),
  /** False until an organiser approves it (new files and edited texts wait). */
  approved: z.boolean(),
  position: z.number().int(),
});
export type CabinetMaterial = z.infer<typeof cabinetMaterialSchema>;

const materialTexts = z.object({ title: bilingualOf(200), description: bilingualOf(2000) });

export const addMaterialInput = exhibitorScope
  .extend({ uploadId: z.string().min(1).max(200) })
  .extend(materialTexts.shape);
export const addLinkInput = exhibitorScope.extend({ url: webUrlSchema }).extend(materialTexts.shape);
export const materialScope = exhibitorScope.extend({ materialId: idSchema });
export const updateMaterialInput = materialScope.extend(materialTexts.shape);
export const publishMaterialInput = materialScope.extend({ published: z.boolean() });
export const reorderMaterialsInput = exhibitorScope.extend({ materialIds: z.array(idSchema).max(500) });

// ---------------------------------------------------------------- team

export const teamSchema = z.object({
  members: z.array(
    z.object({ userId: z.string(), name: z.string(), email: z.string(), role: memberRoleNameSchema }),
  ),
  invites: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      role: memberRoleNameSchema,
      createdAt: z.string(),
      expiresAt: z.string(),
    }),
  ),
});
export type Team = z.infer<typeof teamSchema>;

export const inviteInput = exhibitorScope.extend({ email: emailSchema, role: memberRoleNameSchema });
export const inviteScope = exhibitorScope.extend({ inviteId: idSchema });
export const memberScope = exhibitorScope.extend({ userId: idSchema });
export const setMemberRoleInput = memberScope.extend({ role: memberRoleNameSchema });
export const inviteTokenInput = z.object({ token: z.string().min(20).max(200) });
export const invitePreviewSchema = z.object({
  exhibitorName: bilingual,
  email: z.string(),
  role: memberRoleNameSchema,
});

// ---------------------------------------------------------------- activity (what the exhibitor sees)

export const boothActivitySchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      kind: z.string(),
      occurredAt: z.string(),
      visitorName: z.string().nullable(),
      materialTitle: bilingual.nullable(),
    }),
  ),
  contacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      company: z.string(),
      position: z.string(),
      email: z.string(),
      phone: z.string(),
      message: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type BoothActivity = z.infer<typeof boothActivitySchema>;

// ---------------------------------------------------------------- moderation (organisers)

export const moderationQueueSchema = z.array(
  z.object({
    exhibitorId: z.string(),
    name: bilingual,
    floorName: bilingual,
    submittedAt: z.string(),
    /** True when nothing of this exhibitor was approved before. */
    firstVersion: z.boolean(),
    pendingMaterials: z.number().int(),
    requestedSize: boothSizeSchema,
    currentSize: boothSizeSchema.nullable(),
  }),
);
export type ModerationQueue = z.infer<typeof moderationQueueSchema>;

export const rejectInput = exhibitorScope.extend({ reason: z.string().trim().min(5).max(1000) });

// ---------------------------------------------------------------- visitors at a booth

export const leaveContactsInput = z.object({
  exhibitorId: idSchema,
  name: personNameSchema,
  company: text(200),
  position: text(200),
  email: emailSchema,
  phone: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .max(40)
      .regex(/^[+()\d\s.-]{3,40}$/),
  ]),
  message: text(2000),
  /** Explicit consent to share these personal data with the exhibitor. */
  consent: z.literal(true),
});
export type LeaveContactsInput = z.infer<typeof leaveContactsInput>;

export const myCardSchema = z
  .object({
    name: z.string(),
    company: z.string(),
    position: z.string(),
    email: z.string(),
    phone: z.string(),
    message: z.string(),
    createdAt: z.string(),
  })
  .nullable();

export const recordVideoPlayInput = z.object({
  exhibitorId: idSchema,
  /** The material played, or absent for the booth's video presentation. */
  materialId: idSchema.optional(),
});

/** A visitor leaving a booth page: how long they say they stayed (the server caps it). */
export const boothLeaveInput = z.object({
  exhibitorId: idSchema,
  seconds: z
    .number()
    .finite()
    .min(0)
    .max(7 * 86_400),
});

/** Anyone signed in may apply to exhibit: a company in draft with them as its owner. */
export const createExhibitorInput = z.object({
  name: bilingualOf(200).refine((name) => name.ru !== "" || name.en !== "", { path: ["ru"] }),
  floorSlug: z.string().min(1).max(100),
});

/** What an organiser reviews: the draft, what visitors see now, and the booth as it would be. */
export const moderationReviewSchema = z.object({
  exhibitorId: z.string(),
  draft: draftSchema,
  /** The approved booth page visitors see now; null before the first approval. */
  live: boothPageSchema.nullable(),
  /** The booth page as it will look once approved. */
  preview: boothPageSchema,
  /** Materials that wait for approval (new files or edited texts). */
  pendingMaterials: z.array(cabinetMaterialSchema),
});
export type ModerationReview = z.infer<typeof moderationReviewSchema>;
