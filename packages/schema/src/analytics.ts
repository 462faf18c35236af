/**
 * Statistics for exhibitors and analytics for organisers (issue 7), read from counters the
 * analytics rollup keeps (stat_counters / stat_uniques), not from the raw activity log.
 */
import { z } from "zod";
import { bilingualTextSchema, idSchema } from "./common.ts";
import { daySchema } from "./programme.ts";

/** Counter names in stat_counters.metric. "uniques" is kept from stat_uniques. */
export const STAT_METRICS = [
  "visits",
  "uniques",
  "dwellSeconds",
  "downloads",
  "videoPlays",
  "chatMessages",
  "contacts",
  "meetings",
  "registrations",
  "webinarJoins",
  "webinarMinutes",
  "modelViews",
  "tourVisits",
  "tourSeconds",
] as const;
export type StatMetric = (typeof STAT_METRICS)[number];

/** The longest period a statistics page asks for, in days. */
export const STATS_MAX_DAYS = 366;

export const statsPeriodSchema = z.object({
  /** Days in the exhibition's time zone, both included; the exhibition's days when absent. */
  from: daySchema.optional(),
  to: daySchema.optional(),
});
export const exhibitorStatsInput = statsPeriodSchema.extend({ exhibitorId: idSchema });

export const statsDaySchema = z.object({
  day: daySchema,
  visits: z.number(),
  uniqueVisitors: z.number(),
  dwellSeconds: z.number(),
  downloads: z.number(),
  videoPlays: z.number(),
  chatMessages: z.number(),
});
export type StatsDay = z.infer<typeof statsDaySchema>;

export const exhibitorStatsSchema = z.object({
  from: daySchema,
  to: daySchema,
  days: z.array(statsDaySchema),
  totals: statsDaySchema.omit({ day: true }).extend({
    /** Unique visitors over the whole period (not the sum of the days). */
    uniqueVisitors: z.number(),
    averageSecondsPerVisit: z.number(),
    contacts: z.number(),
    meetings: z.number(),
  }),
  materials: z.array(z.object({ materialId: idSchema, title: bilingualTextSchema, downloads: z.number() })),
  /** The booth's 3D models and 360° tour over the period (issue 8). */
  immersive: z.object({
    /** Visitors' views of the models (one per visitor and model in ten minutes). */
    modelViews: z.number(),
    /** Times visitors left the tour after looking round. */
    tourVisits: z.number(),
    tourSeconds: z.number(),
  }),
  webinars: z.array(
    z.object({
      eventId: idSchema,
      title: bilingualTextSchema,
      startsAt: z.string(),
      registered: z.number(),
      attended: z.number(),
      /** attended / registered, 0..1; null with nobody registered. */
      attendanceRate: z.number().nullable(),
    }),
  ),
});
export type ExhibitorStats = z.infer<typeof exhibitorStatsSchema>;

export const organiserDashboardInput = statsPeriodSchema.extend({ exhibitionId: idSchema.optional() });

export const boothHeatSchema = z.object({
  exhibitorId: idSchema,
  boothId: idSchema.nullable(),
  floorId: idSchema,
  name: bilingualTextSchema,
  visits: z.number(),
  uniqueVisitors: z.number(),
  /** visits / the busiest booth's visits on its floor, 0..1: what the heat map colours by. */
  heat: z.number(),
});
export type BoothHeat = z.infer<typeof boothHeatSchema>;

export const organiserDashboardSchema = z.object({
  from: daySchema,
  to: daySchema,
  /** The fair's headline figure: people who did anything, counted once. */
  uniqueVisitors: z.number(),
  visits: z.number(),
  days: z.array(z.object({ day: daySchema, uniqueVisitors: z.number(), visits: z.number() })),
  floors: z.array(
    z.object({
      floorId: idSchema,
      slug: z.string(),
      name: bilingualTextSchema,
      uniqueVisitors: z.number(),
      visits: z.number(),
    }),
  ),
  topExhibitors: z.array(boothHeatSchema),
  topMaterials: z.array(
    z.object({
      materialId: idSchema,
      title: bilingualTextSchema,
      exhibitorName: bilingualTextSchema,
      downloads: z.number(),
    }),
  ),
  programme: z.array(
    z.object({
      eventId: idSchema,
      title: bilingualTextSchema,
      stream: z.string().nullable(),
      startsAt: z.string(),
      registered: z.number(),
      attended: z.number(),
      attendanceRate: z.number().nullable(),
    }),
  ),
  streams: z.array(z.object({ stream: z.string().nullable(), registered: z.number(), attended: z.number() })),
  heardFrom: z.array(z.object({ label: bilingualTextSchema, registrations: z.number() })),
});
export type OrganiserDashboard = z.infer<typeof organiserDashboardSchema>;

/** Booth visits of one floor for the heat map on the 3D floor and the 2D plan. */
export const floorHeatInput = statsPeriodSchema.extend({ floorSlug: z.string().min(1).max(100) });
export const floorHeatSchema = z.object({ booths: z.array(boothHeatSchema) });
export type FloorHeat = z.infer<typeof floorHeatSchema>;
