/**
 * Webinars and programme sessions as they happen: the event's live state for the webinar page,
 * the hosts' console (viewers, the stage, ending, recording) and the recordings library.
 */
import { z } from "zod";
import { idSchema } from "./common.ts";
import { questionAccessSchema } from "./qa.ts";

const bilingual = z.object({ ru: z.string(), en: z.string() });

/** Who may watch an event live. */
export const eventAccessSchema = z.enum(["everyone", "signed_in", "registered", "approved"]);
export type EventAccess = z.infer<typeof eventAccessSchema>;
/** Who may watch an event's recording: as for watching, or only its hosts. */
export const recordingAccessSchema = z.enum(["everyone", "signed_in", "registered", "approved", "hosts"]);
export type RecordingAccess = z.infer<typeof recordingAccessSchema>;

/**
 * scheduled: not started yet (no host publishing, not ended); live: a host publishes camera,
 * microphone or screen in the event's room; ended: a host ended it, or its time is over and
 * nobody publishes.
 */
export const webinarPhaseSchema = z.enum(["scheduled", "live", "ended"]);
export type WebinarPhase = z.infer<typeof webinarPhaseSchema>;

export const webinarInput = z.object({ eventId: idSchema });

/** Everything the webinar page needs about the event and the caller's place in it. */
export const webinarSchema = z.object({
  id: z.string(),
  kind: z.enum(["programme", "webinar", "meeting"]),
  format: z.enum(["seminar", "master_class", "presentation", "workshop", "other"]),
  title: bilingual,
  description: bilingual,
  startsAt: z.string(),
  endsAt: z.string(),
  timezone: z.string(),
  phase: webinarPhaseSchema,
  endedAt: z.string().nullable(),
  /** The exhibitor whose webinar it is; null for the organiser's programme. */
  host: z.object({ exhibitorId: z.string().nullable(), name: bilingual, logoUrl: z.string().nullable() }),
  /** The exhibition's name and logo, shown in the video frame (SEEDS.md, 000). */
  branding: z.object({ exhibitionName: bilingual, logoUrl: z.string().nullable() }),
  access: z.object({
    watch: eventAccessSchema,
    questions: questionAccessSchema,
    recording: recordingAccessSchema,
  }),
  caller: z.object({
    /** Staff of the exhibitor (webinar) or an organiser (programme): publishes and moderates. */
    isHost: z.boolean(),
    /** An organiser (joins any room, moderates). */
    isOrganiser: z.boolean(),
    /** May join the room to watch; when not, `watchRefusal` is the error code that says why. */
    canWatch: z.boolean(),
    watchRefusal: z.string().nullable(),
    /** A host brought the caller on stage: their token lets them publish camera and microphone. */
    onStage: z.boolean(),
  }),
  /** False when no LiveKit server is configured or reachable: the page says so and keeps working. */
  liveAvailable: z.boolean(),
  /** The recording, when there is one and the caller may see it. */
  recording: z.object({ url: z.string(), durationMs: z.number().int().nullable() }).nullable(),
  /** Recording from the console (LiveKit Egress) is configured, and whether it is running now. */
  egress: z.object({ available: z.boolean(), recording: z.boolean() }),
});
export type Webinar = z.infer<typeof webinarSchema>;

/** One person in the event's room now, as hosts see them. */
export const viewerSchema = z.object({
  /** LiveKit identity: a user id, or "guest-…". */
  identity: z.string(),
  /** null for a signed-out guest. */
  userId: z.string().nullable(),
  /** The account's name; empty for a guest. */
  name: z.string(),
  role: z.enum(["visitor", "staff", "organiser"]),
  onStage: z.boolean(),
  joinedAt: z.string(),
});
export type Viewer = z.infer<typeof viewerSchema>;

/** Who is watching: everyone in the room now (guests counted, not named), hosts apart. */
export const viewersSchema = z.object({
  /** Everyone in the room but the hosts, guests included. */
  count: z.number().int().nonnegative(),
  /** Signed-in people in the room (hosts too), in order of joining. */
  viewers: z.array(viewerSchema),
});
export type Viewers = z.infer<typeof viewersSchema>;

/** Brings a signed-in viewer on stage, or sends them back. */
export const stageInput = z.object({ eventId: idSchema, userId: z.string().min(1).max(100) });

/** Attaches an uploaded recording file (a finished tus upload) to the event. */
export const attachRecordingInput = z.object({ eventId: idSchema, uploadId: z.string().min(1).max(200) });

/** The recordings library: all the caller may see, or one exhibitor's. */
export const recordingsInput = z.object({ exhibitorId: idSchema.optional() });

export const recordingItemSchema = z.object({
  eventId: z.string(),
  title: bilingual,
  startsAt: z.string(),
  timezone: z.string(),
  host: z.object({ exhibitorId: z.string().nullable(), name: bilingual }),
  url: z.string(),
  durationMs: z.number().int().nullable(),
  posterUrl: z.string().nullable(),
});
export type RecordingItem = z.infer<typeof recordingItemSchema>;
export const recordingsSchema = z.object({ items: z.array(recordingItemSchema) });

/** An exhibitor's webinars, for the cabinet's live tab. */
export const exhibitorWebinarsInput = z.object({ exhibitorId: idSchema });
export const exhibitorWebinarSchema = z.object({
  id: z.string(),
  title: bilingual,
  startsAt: z.string(),
  endsAt: z.string(),
  timezone: z.string(),
  status: z.enum(["draft", "submitted", "approved", "cancelled"]),
  phase: webinarPhaseSchema,
  hasRecording: z.boolean(),
});
export const exhibitorWebinarsSchema = z.object({ items: z.array(exhibitorWebinarSchema) });

/** The topic of webinar control packets in an event's room. */
export const WEBINAR_TOPIC = "webinar";

/**
 * What the server tells an event's room: the stage changed (who may publish), the webinar ended
 * (clients show "ended" and leave), or the state changed (fetch `webinar.state` again).
 */
export const webinarPacketSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("stage.changed"), userId: z.string(), onStage: z.boolean() }),
  z.object({ type: z.literal("webinar.ended") }),
  z.object({ type: z.literal("webinar.changed") }),
]);
export type WebinarPacket = z.infer<typeof webinarPacketSchema>;
