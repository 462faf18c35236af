/**
 * The programme as visitors see it: the schedule by day, stream and format, an event's page
 * (agenda, speakers), "my agenda" and the private calendar feed.
 */
import { z } from "zod";
import { idSchema } from "./common.ts";
import { registrationStatusSchema } from "./registration.ts";

const bilingual = z.object({ ru: z.string(), en: z.string() });

export const eventKindSchema = z.enum(["programme", "webinar", "meeting"]);
export const eventFormatSchema = z.enum(["seminar", "master_class", "presentation", "workshop", "other"]);
export type EventFormat = z.infer<typeof eventFormatSchema>;

/** A calendar day in the exhibition's time zone. */
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const scheduleInput = z.object({
  /** A day in the exhibition's time zone; absent: every day. */
  day: daySchema.optional(),
  stream: z.string().trim().max(40).optional(),
  format: eventFormatSchema.optional(),
  kind: eventKindSchema.optional(),
  /** Matches title, description, speaker and company, in either language. */
  search: z.string().trim().max(100).optional(),
});
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const speakerSummarySchema = z.object({
  id: z.string(),
  name: bilingual,
  company: bilingual,
  achievements: bilingual,
  photoUrl: z.string().nullable(),
  role: z.enum(["speaker", "moderator"]),
});
export type SpeakerSummary = z.infer<typeof speakerSummarySchema>;

/** One event in the schedule. Times are ISO UTC; the client shows them in the viewer's zone. */
export const scheduleEventSchema = z.object({
  id: z.string(),
  kind: eventKindSchema,
  format: eventFormatSchema,
  stream: z.string().nullable(),
  title: bilingual,
  description: bilingual,
  startsAt: z.string(),
  endsAt: z.string(),
  /** The event's own time zone (IANA), shown beside the viewer's. */
  timezone: z.string(),
  /** The exhibitor whose webinar it is; null for the organiser's programme. */
  host: z.object({ exhibitorId: z.string().nullable(), name: bilingual }),
  speakers: z.array(speakerSummarySchema),
  capacity: z.number().int().nullable(),
  seatsLeft: z.number().int().nullable(),
  registrationMode: z.enum(["open", "premoderated"]),
  status: z.enum(["approved", "cancelled"]),
  /** The signed-in caller's registration status, if any. */
  myStatus: registrationStatusSchema.nullable(),
});
export type ScheduleEvent = z.infer<typeof scheduleEventSchema>;

export const scheduleSchema = z.object({
  /** The exhibition's time zone, in which days are cut. */
  timezone: z.string(),
  /** Every day that has events (before filters), in order. */
  days: z.array(daySchema),
  /** Every stream that has events (before filters), in order. */
  streams: z.array(z.string()),
  events: z.array(scheduleEventSchema),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const eventPageInput = z.object({ eventId: idSchema });

export const agendaItemSchema = z.object({
  id: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  kind: z.enum(["registration", "talk", "break", "qa", "other"]),
  title: bilingual,
  /** Two or three theses per talk. */
  theses: z.object({ ru: z.array(z.string()), en: z.array(z.string()) }),
  speaker: z.object({ name: bilingual, company: bilingual }).nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** An event's public page: the schedule row plus its agenda and speakers' bios. */
export const eventPageSchema = scheduleEventSchema.extend({
  agenda: z.array(agendaItemSchema),
  speakerBios: z.array(z.object({ id: z.string(), bio: bilingual })),
  /** /events/<id>.ics */
  icsUrl: z.string(),
  /** /events/<id>/live */
  liveUrl: z.string(),
});
export type EventPage = z.infer<typeof eventPageSchema>;

/** "My agenda": what the caller registered for (any status but cancelled), soonest first. */
export const myAgendaSchema = z.object({
  events: z.array(scheduleEventSchema),
  /** The private feed URL, once the person asked for one. */
  calendarFeedUrl: z.string().nullable(),
});
export type MyAgenda = z.infer<typeof myAgendaSchema>;
