import { z } from "zod";

const bilingual = z.object({ ru: z.string(), en: z.string() });

export const floorSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: bilingual,
  exhibitorCount: z.number().int(),
});

export const eventSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(["programme", "webinar", "meeting"]),
  format: z.enum(["seminar", "master_class", "presentation", "workshop", "other"]),
  stream: z.string().nullable(),
  title: bilingual,
  startsAt: z.string(),
  endsAt: z.string(),
  exhibitorName: bilingual.nullable(),
});

/** The home page: the exhibition, its floors and what is on today. */
export const exhibitionOverviewSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: bilingual,
  tagline: bilingual,
  startsOn: z.string(),
  endsOn: z.string(),
  timezone: z.string(),
  exhibitorCount: z.number().int(),
  floors: z.array(floorSummarySchema),
  today: z.array(eventSummarySchema),
});
export type ExhibitionOverview = z.infer<typeof exhibitionOverviewSchema>;

export const exhibitorListInput = z.object({
  floorSlug: z.string().max(100).optional(),
  query: z.string().trim().max(100).optional(),
  cursor: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100).default(48),
});

export const exhibitorCardSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: bilingual,
  description: bilingual,
  floorName: bilingual,
  logoUrl: z.string().nullable(),
  color: z.string(),
});
export type ExhibitorCard = z.infer<typeof exhibitorCardSchema>;

export const exhibitorListSchema = z.object({
  items: z.array(exhibitorCardSchema),
  total: z.number().int(),
  nextCursor: z.number().int().nullable(),
});

export const outboxListSchema = z.array(
  z.object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  }),
);
