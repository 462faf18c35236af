/**
 * Leads (issue 7; SEEDS.md 001 and 003): one per exhibitor and visitor, made from what the visitor
 * did (the activity log), scored by warmth with recency decay, worked by the exhibitor's team, and
 * sent to the exhibitor's CRM. Contacts are shown only while the visitor's consent stands.
 */
import { z } from "zod";
import { bilingualTextSchema, idSchema } from "./common.ts";
import { daySchema } from "./programme.ts";

export const LEAD_STATUSES = ["new", "contacted", "qualified", "won", "lost"] as const;
export const leadStatusSchema = z.enum(LEAD_STATUSES);
export type LeadStatus = z.infer<typeof leadStatusSchema>;

/** What made a visitor a lead first. */
export const LEAD_SOURCES = ["contact", "registration", "meeting", "chat"] as const;
export const leadSourceSchema = z.enum(LEAD_SOURCES);
export type LeadSource = z.infer<typeof leadSourceSchema>;

/**
 * What earns warmth points. "booth.minute" and "webinar.minute" are per minute (booth time from
 * "booth.left" rows' seconds, watching from "webinar.left" rows' minutes); the rest per row.
 */
export const WARMTH_KINDS = [
  "booth.visit",
  "booth.minute",
  "video.play",
  "material.download",
  "chat.message",
  "event.registered",
  "webinar.joined",
  "webinar.minute",
  "webinar.question",
  "contact.left",
  "meeting.booked",
  "model.viewed",
  "tour.minute",
] as const;
export type WarmthKind = (typeof WARMTH_KINDS)[number];

export const DEFAULT_WARMTH_WEIGHTS: Readonly<Record<WarmthKind, number>> = {
  "booth.visit": 3,
  "booth.minute": 1,
  "video.play": 5,
  "material.download": 15,
  "chat.message": 5,
  "event.registered": 20,
  "webinar.joined": 15,
  "webinar.minute": 0.5,
  "webinar.question": 10,
  "contact.left": 30,
  "meeting.booked": 40,
  "model.viewed": 8,
  "tour.minute": 2,
};
/** Points halve every this many days unless organisers choose otherwise. */
export const DEFAULT_HALF_LIFE_DAYS = 14;
/** Minutes of one booth stay or one webinar viewing that count at most. */
export const WARMTH_MINUTES_CAP = 30;

export const warmthWeightsSchema = z.object(
  Object.fromEntries(WARMTH_KINDS.map((kind) => [kind, z.number().min(0).max(100)])) as Record<
    WarmthKind,
    z.ZodNumber
  >,
);
export type WarmthWeights = z.infer<typeof warmthWeightsSchema>;

export const warmthSettingsSchema = z.object({
  weights: warmthWeightsSchema,
  halfLifeDays: z.number().min(1).max(90),
});
export type WarmthSettings = z.infer<typeof warmthSettingsSchema>;
export const setWarmthSettingsInput = warmthSettingsSchema.extend({ exhibitionId: idSchema.optional() });

/** Warmth bands the table filters by: cold < 20 ≤ warm < 50 ≤ hot. */
export const WARMTH_BANDS = ["cold", "warm", "hot"] as const;
export const warmthBandSchema = z.enum(WARMTH_BANDS);
export type WarmthBand = z.infer<typeof warmthBandSchema>;
export const WARMTH_BAND_FLOOR: Readonly<Record<WarmthBand, number>> = { cold: 0, warm: 20, hot: 50 };

/** One line of a lead's warmth: what happened, when, and the points it adds now (after decay). */
export const warmthLineSchema = z.object({
  kind: z.enum(WARMTH_KINDS),
  occurredAt: z.string(),
  /** Points after decay, to a tenth. */
  points: z.number(),
  /** Points before decay (the weight times the count). */
  basePoints: z.number(),
  /** Minutes for the per-minute kinds. */
  minutes: z.number().nullable(),
  /** The material, event or booth the line is about, when it has one. */
  subject: bilingualTextSchema.nullable(),
});
export type WarmthLine = z.infer<typeof warmthLineSchema>;

export const LEAD_SORTS = ["warmth", "lastActivity", "created", "name"] as const;
export const leadsListInput = z.object({
  exhibitorId: idSchema,
  warmth: z.array(warmthBandSchema).max(3).optional(),
  source: z.array(leadSourceSchema).max(4).optional(),
  status: z.array(leadStatusSchema).max(5).optional(),
  /** Leads made on or after this day / on or before that day (the exhibition's time zone). */
  from: daySchema.optional(),
  to: daySchema.optional(),
  /** Name, company, e-mail or phone (of consented leads only). */
  search: z.string().trim().max(100).optional(),
  assigneeId: idSchema.optional(),
  sort: z.enum(LEAD_SORTS).default("warmth"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type LeadsListInput = z.input<typeof leadsListInput>;

/** A visitor as the lead shows them: contacts only while their consent stands. */
export const leadVisitorSchema = z.object({
  consent: z.boolean(),
  /** Null without consent: the table shows "Visitor without consent". */
  name: z.string().nullable(),
  company: z.string().nullable(),
  position: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type LeadVisitor = z.infer<typeof leadVisitorSchema>;

export const leadRowSchema = z.object({
  id: idSchema,
  visitor: leadVisitorSchema,
  source: leadSourceSchema,
  status: leadStatusSchema,
  assignee: z.object({ id: idSchema, name: z.string() }).nullable(),
  warmth: z.number(),
  band: warmthBandSchema,
  createdAt: z.string(),
  lastActivityAt: z.string(),
  notes: z.number().int(),
});
export type LeadRow = z.infer<typeof leadRowSchema>;

export const leadsPageSchema = z.object({ rows: z.array(leadRowSchema), total: z.number().int() });
export type LeadsPage = z.infer<typeof leadsPageSchema>;

export const leadScope = z.object({ exhibitorId: idSchema, leadId: idSchema });

/** A thing the visitor did, as the lead card's timeline shows it. */
export const leadTimelineItemSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  occurredAt: z.string(),
  subject: bilingualTextSchema.nullable(),
  minutes: z.number().nullable(),
});

export const leadNoteSchema = z.object({
  id: idSchema,
  author: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});

export const leadCardSchema = leadRowSchema.extend({
  halfLifeDays: z.number(),
  warmthLines: z.array(warmthLineSchema),
  timeline: z.array(leadTimelineItemSchema),
  notesList: z.array(leadNoteSchema),
  consentGivenAt: z.string().nullable(),
});
export type LeadCard = z.infer<typeof leadCardSchema>;

export const updateLeadInput = leadScope.extend({
  status: leadStatusSchema.optional(),
  /** Null takes the lead off anyone. */
  assigneeId: idSchema.nullable().optional(),
});
export const LEAD_NOTE_MAX_LENGTH = 2_000;
export const addLeadNoteInput = leadScope.extend({
  body: z.string().trim().min(1).max(LEAD_NOTE_MAX_LENGTH),
});

/** Leads → qualified (or further) → won; lost counted apart. */
export const leadConversionSchema = z.object({
  leads: z.number().int(),
  qualified: z.number().int(),
  won: z.number().int(),
  lost: z.number().int(),
});
export type LeadConversion = z.infer<typeof leadConversionSchema>;

// ——— CRM webhook ———

/** An http(s) address a CRM listens on. */
export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2_000)
  .pipe(z.url({ protocol: /^https?$/ }));

export const saveCrmWebhookInput = z.object({
  exhibitorId: idSchema,
  url: webhookUrlSchema,
  enabled: z.boolean().default(true),
});

/** The webhook as the cabinet shows it after saving: the secret only as its last four characters. */
export const crmWebhookSchema = z.object({
  url: z.string(),
  enabled: z.boolean(),
  secretHint: z.string(),
  updatedAt: z.string(),
});
export type CrmWebhook = z.infer<typeof crmWebhookSchema>;
/** When a secret is made (first save or rotation) it is shown once, in full. */
export const crmWebhookSavedSchema = crmWebhookSchema.extend({ secret: z.string().nullable() });

export const webhookDeliverySchema = z.object({
  id: idSchema,
  event: z.enum(["lead.created", "lead.updated", "test"]),
  leadId: idSchema.nullable(),
  state: z.enum(["pending", "delivering", "delivered", "failed"]),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastDurationMs: z.number().int().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

/** The JSON body a CRM receives; signed with HMAC-SHA256 (header X-Pavilion-Signature). */
export const webhookPayloadSchema = z.object({
  id: idSchema,
  event: z.enum(["lead.created", "lead.updated", "test"]),
  createdAt: z.string(),
  lead: z
    .object({
      id: idSchema,
      exhibitorId: idSchema,
      status: leadStatusSchema,
      source: leadSourceSchema,
      warmth: z.number(),
      band: warmthBandSchema,
      createdAt: z.string(),
      updatedAt: z.string(),
      assignee: z.string().nullable(),
      visitor: leadVisitorSchema,
    })
    .nullable(),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

// ——— Visitors' own data ———

export const myConsentSchema = z.object({
  exhibitorId: idSchema,
  exhibitorName: bilingualTextSchema,
  via: z.enum(["contact", "registration", "meeting"]),
  givenAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type MyConsent = z.infer<typeof myConsentSchema>;

export const myActivityInput = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export const myActivityItemSchema = leadTimelineItemSchema.extend({
  exhibitorName: bilingualTextSchema.nullable(),
});
export const myActivityPageSchema = z.object({
  items: z.array(myActivityItemSchema),
  total: z.number().int(),
});

/** Deleting one's data: the account's password, so a borrowed laptop cannot do it. */
export const deleteMyDataInput = z.object({ password: z.string().min(1).max(128) });
