/**
 * One-to-one meetings (SEEDS.md 000: negotiation sessions 11:00–17:00): a booth's staff offer
 * times, a visitor books a free one, and both get it in their agenda.
 */
import { z } from "zod";
import { idSchema } from "./common.ts";
import { daySchema } from "./programme.ts";

/** The lengths a meeting may have, in minutes. */
export const MEETING_LENGTHS = [15, 20, 30, 45, 60] as const;
export type MeetingLength = (typeof MEETING_LENGTHS)[number];

/** The window of the day offered unless staff choose another (SEEDS.md 000). */
export const MEETING_WINDOW = { from: "11:00", to: "17:00" } as const;

/** The longest topic a visitor may write, in characters. */
export const MEETING_TOPIC_MAX_LENGTH = 500;

/** A wall-clock time "HH:MM" (24 hours). */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const meetingLengthSchema = z.union(MEETING_LENGTHS.map((minutes) => z.literal(minutes)));

export const addMeetingSlotsInput = z.object({
  exhibitorId: idSchema,
  /** The team member who meets visitors; the caller when absent. */
  hostUserId: idSchema.optional(),
  /** A day of the exhibition, in its time zone. */
  day: daySchema,
  from: clockTimeSchema.default(MEETING_WINDOW.from),
  to: clockTimeSchema.default(MEETING_WINDOW.to),
  minutes: meetingLengthSchema,
});
export type AddMeetingSlotsInput = z.input<typeof addMeetingSlotsInput>;

/** What adding times did: how many were made, and how many were left out and why. */
export const addMeetingSlotsResultSchema = z.object({
  created: z.number().int(),
  /** Overlapped a time the host already offers. */
  skippedOverlapping: z.number().int(),
  /** Already begun. */
  skippedPast: z.number().int(),
});
export type AddMeetingSlotsResult = z.infer<typeof addMeetingSlotsResultSchema>;

export const meetingSlotScope = z.object({ exhibitorId: idSchema, slotId: idSchema });
export const meetingSlotIdInput = z.object({ slotId: idSchema });
export const meetingsOfExhibitorInput = z.object({ exhibitorId: idSchema });

export const bookMeetingInput = z.object({
  slotId: idSchema,
  topic: z.string().trim().max(MEETING_TOPIC_MAX_LENGTH).optional(),
  /** The visitor agrees to share their contacts with the company (its leads show them). */
  shareContacts: z.boolean().default(false),
});
export type BookMeetingInput = z.input<typeof bookMeetingInput>;

/** The visitor who booked, as the exhibitor's staff see them. */
export const meetingVisitorSchema = z.object({
  name: z.string(),
  company: z.string(),
  position: z.string(),
  email: z.string(),
  phone: z.string(),
});

/** One offered time as the exhibitor's cabinet shows it, with who booked it. Times are ISO UTC. */
export const meetingSlotSchema = z.object({
  id: z.string(),
  hostUserId: z.string(),
  hostName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  booking: z
    .object({
      eventId: z.string(),
      bookedAt: z.string(),
      topic: z.string(),
      visitor: meetingVisitorSchema,
    })
    .nullable(),
});
export type MeetingSlot = z.infer<typeof meetingSlotSchema>;

/** A team member who may host meetings. */
export const meetingHostSchema = z.object({ userId: z.string(), name: z.string() });

export const exhibitorMeetingsSchema = z.object({
  /** The exhibition's zone: days and times are entered and shown in it. */
  timezone: z.string(),
  /** The exhibition's first and last day (YYYY-MM-DD). */
  firstDay: z.string(),
  lastDay: z.string(),
  hosts: z.array(meetingHostSchema),
  /** Times that have not ended yet, soonest first. */
  slots: z.array(meetingSlotSchema),
});
export type ExhibitorMeetings = z.infer<typeof exhibitorMeetingsSchema>;

/** A free time as visitors see it: the host by first name only. */
export const freeMeetingSlotSchema = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  hostFirstName: z.string(),
});
export type FreeMeetingSlot = z.infer<typeof freeMeetingSlotSchema>;

/** A visitor's own booked meeting with the exhibitor. */
export const myMeetingSchema = z.object({
  slotId: z.string(),
  eventId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  hostFirstName: z.string(),
  topic: z.string(),
});
export type MyMeeting = z.infer<typeof myMeetingSchema>;

export const freeMeetingSlotsSchema = z.object({
  timezone: z.string(),
  /** Days (in the exhibition's zone) with free times, soonest first. */
  days: z.array(z.object({ day: z.string(), slots: z.array(freeMeetingSlotSchema) })),
  /** The signed-in caller's upcoming meeting with this exhibitor, if any. */
  mine: myMeetingSchema.nullable(),
  /** The caller is on this exhibitor's team (and so books nothing here). */
  isTeam: z.boolean(),
});
export type FreeMeetingSlots = z.infer<typeof freeMeetingSlotsSchema>;
