/**
 * Writing events (SEEDS.md 000 and 001): the speaker questionnaire in both languages, an event
 * with its timed agenda (talks with 2–3 theses), and the way to approval. An approved event is
 * changed only through a revision the organisers approve; until then the public version stays.
 *
 * Rules that need more than one field (ends after it starts, agenda items inside the event and
 * not overlapping, theses per talk) are checked here, so every refusal names its field; rules
 * that need the database (the exhibition's days, whose speakers) are checked by the API.
 */
import { z } from "zod";
import { idSchema } from "./common.ts";
import { eventFormatSchema } from "./programme.ts";
import { questionAccessSchema } from "./qa.ts";
import { phoneSchema, registrationEmailSchema } from "./registration.ts";
import { eventAccessSchema, recordingAccessSchema } from "./webinar.ts";

/** SEEDS.md 000: the description with key theses is at most 1,000 characters (in each language). */
export const EVENT_DESCRIPTION_MAX_LENGTH = 1000;
export const EVENT_TITLE_MAX_LENGTH = 200;
export const EVENT_STREAM_MAX_LENGTH = 40;
/** The longest event: a full day of the exhibition's grid and then some. */
export const EVENT_MAX_MINUTES = 8 * 60;
export const EVENT_MAX_CAPACITY = 100_000;
export const EVENT_MAX_SPEAKERS = 20;
export const AGENDA_MAX_ITEMS = 30;
/** SEEDS.md 001: "talks with 2–3 theses each". */
export const TALK_MIN_THESES = 2;
export const TALK_MAX_THESES = 3;
export const THESIS_MAX_LENGTH = 300;
export const AGENDA_TITLE_MAX_LENGTH = 200;
export const SPEAKER_NAME_MAX_LENGTH = 100;
export const SPEAKER_ACHIEVEMENTS_MAX_LENGTH = 300;
export const SPEAKER_BIO_MAX_LENGTH = 3000;
export const SPEAKER_COMPANY_MAX_LENGTH = 200;
export const REVIEW_NOTE_MAX_LENGTH = 1000;
export const CANCEL_REASON_MAX_LENGTH = 500;

/** A field error the shared mapping (errors.ts) turns into `{ code, params }` under the issue's path. */
function fieldIssue(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  fieldError: string,
  params: Record<string, number | string> = {},
): void {
  ctx.addIssue({ code: "custom", path, message: fieldError, params: { fieldError, ...params } });
}

/** Text in both languages, each at most `max` characters; one of them must be filled in. */
function bilingualText(max: number) {
  const text = z.string().trim().max(max);
  return z.object({ ru: text, en: text }).superRefine((value, ctx) => {
    if (value.ru === "" && value.en === "") fieldIssue(ctx, [], "oneLanguageRequired");
  });
}

/** Text in both languages that may be left empty in both. */
function optionalBilingualText(max: number) {
  const text = z.string().trim().max(max);
  return z.object({ ru: text, en: text });
}

const isoMoment = z.iso.datetime({ offset: true });

/** An integer within bounds, refused with a message that names them. */
function boundedInt(min: number, max: number) {
  return z
    .number()
    .int()
    .refine((value) => value >= min && value <= max, {
      message: "outOfRange",
      params: { fieldError: "outOfRange", min, max },
    });
}

// --- Speakers -------------------------------------------------------------------------------

/** The speaker / moderator questionnaire of SEEDS.md 000, every text in Russian and English. */
export const speakerFieldsSchema = z.object({
  name: bilingualText(SPEAKER_NAME_MAX_LENGTH),
  /** Short, for the catalogue. */
  achievements: optionalBilingualText(SPEAKER_ACHIEVEMENTS_MAX_LENGTH),
  /** The detailed bio. */
  bio: optionalBilingualText(SPEAKER_BIO_MAX_LENGTH),
  company: optionalBilingualText(SPEAKER_COMPANY_MAX_LENGTH),
  /** Mobile phone, for the organisers (never shown to visitors); null when not given. */
  phone: phoneSchema.nullable(),
  /** E-mail, for the organisers (never shown to visitors); null when not given. */
  email: registrationEmailSchema.nullable(),
});
export type SpeakerFields = z.infer<typeof speakerFieldsSchema>;

/** Whose speakers: an exhibitor's (its team edits them) or, absent or null, the organiser's programme. */
export const authoringScopeInput = z.object({ exhibitorId: idSchema.nullable().optional() });

/** Creates a speaker (no speakerId) or changes one. `exhibitorId` is only read when creating. */
export const saveSpeakerInput = z.object({
  speakerId: idSchema.optional(),
  exhibitorId: idSchema.nullable().optional(),
  speaker: speakerFieldsSchema,
});
export type SaveSpeakerInput = z.infer<typeof saveSpeakerInput>;

export const speakerIdInput = z.object({ speakerId: idSchema });

/** A finished resumable upload (tus, purpose "logo": an image) to become the speaker's portrait; null removes it. */
export const setSpeakerPhotoInput = z.object({
  speakerId: idSchema,
  uploadId: z.string().max(100).nullable(),
});

const bilingual = z.object({ ru: z.string(), en: z.string() });
const authoredStatusSchema = z.enum(["draft", "submitted", "approved", "cancelled"]);

/** A speaker as its authors edit it. */
export const authoredSpeakerSchema = z.object({
  id: z.string(),
  exhibitorId: z.string().nullable(),
  name: bilingual,
  achievements: bilingual,
  bio: bilingual,
  company: bilingual,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** /files/<id>: the re-encoded portrait (JPEG), or null. */
  photoUrl: z.string().nullable(),
  /** Portrait orientation (taller than wide) as the questionnaire asks; null without a photo. */
  photoIsPortrait: z.boolean().nullable(),
  /** Events that list the speaker (as speaker, moderator or a talk's speaker). */
  events: z.array(z.object({ id: z.string(), title: bilingual, status: authoredStatusSchema })),
  /** False while the speaker is on an approved event (or its changes waiting for approval). */
  deletable: z.boolean(),
});
export type AuthoredSpeaker = z.infer<typeof authoredSpeakerSchema>;

export const speakerPhotoSchema = z.object({
  photoUrl: z.string().nullable(),
  photoIsPortrait: z.boolean().nullable(),
  /** The kept image's size in pixels, or null without a photo. */
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
});
export type SpeakerPhoto = z.infer<typeof speakerPhotoSchema>;

// --- Events ---------------------------------------------------------------------------------

export const agendaItemKindSchema = z.enum(["registration", "talk", "break", "qa", "other"]);
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

const thesis = z.string().trim().min(1).max(THESIS_MAX_LENGTH);

/** One timed item of an event's agenda. */
export const agendaItemInputSchema = z.object({
  kind: agendaItemKindSchema,
  startsAt: isoMoment,
  durationMinutes: boundedInt(1, EVENT_MAX_MINUTES),
  title: bilingualText(AGENDA_TITLE_MAX_LENGTH),
  /** A talk has 2–3 theses (in each language it is written in); other items none. */
  theses: z.object({ ru: z.array(thesis), en: z.array(thesis) }),
  /** Required for a talk: one of the event's speakers. */
  speakerId: idSchema.nullable(),
});
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

export const eventSpeakerInputSchema = z.object({
  speakerId: idSchema,
  role: z.enum(["speaker", "moderator"]),
});

const eventDraftFields = z.object({
  format: eventFormatSchema,
  title: bilingualText(EVENT_TITLE_MAX_LENGTH),
  /** The description with key theses: at most 1,000 characters in each language. */
  description: bilingualText(EVENT_DESCRIPTION_MAX_LENGTH),
  /** The programme's parallel stream ("A", "Plenary"); null or empty for none. */
  stream: z.string().trim().max(EVENT_STREAM_MAX_LENGTH).nullable(),
  startsAt: isoMoment,
  endsAt: isoMoment,
  /** Seats (accepted and pending registrations); null: unlimited. */
  capacity: boundedInt(1, EVENT_MAX_CAPACITY).nullable(),
  registrationMode: z.enum(["open", "premoderated"]),
  access: z.object({
    watch: eventAccessSchema,
    questions: questionAccessSchema,
    recording: recordingAccessSchema,
  }),
  /** Speakers and moderators in the order the event page lists them. */
  speakers: z.array(eventSpeakerInputSchema),
  /** The timed agenda, in order. */
  agenda: z.array(agendaItemInputSchema),
});

const minutes = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 60_000;

function checkTimes(draft: z.infer<typeof eventDraftFields>, ctx: z.RefinementCtx): boolean {
  const length = minutes(draft.startsAt, draft.endsAt);
  if (!(length > 0)) {
    fieldIssue(ctx, ["endsAt"], "endsBeforeStart");
    return false;
  }
  if (length > EVENT_MAX_MINUTES) {
    fieldIssue(ctx, ["endsAt"], "eventTooLong", { hours: EVENT_MAX_MINUTES / 60 });
    return false;
  }
  return true;
}

function checkSpeakers(draft: z.infer<typeof eventDraftFields>, ctx: z.RefinementCtx): void {
  if (draft.speakers.length > EVENT_MAX_SPEAKERS)
    fieldIssue(ctx, ["speakers"], "tooManyItems", { max: EVENT_MAX_SPEAKERS });
  const seen = new Set<string>();
  draft.speakers.forEach((speaker, index) => {
    if (seen.has(speaker.speakerId)) fieldIssue(ctx, ["speakers", index, "speakerId"], "duplicate");
    seen.add(speaker.speakerId);
  });
}

function checkTheses(item: AgendaItemInput, index: number, ctx: z.RefinementCtx): void {
  const counts = { ru: item.theses.ru.length, en: item.theses.en.length };
  for (const language of ["ru", "en"] as const) {
    const path = ["agenda", index, "theses", language];
    const count = counts[language];
    if (item.kind !== "talk") {
      if (count > 0) fieldIssue(ctx, path, "thesesOnlyForTalks");
      continue;
    }
    // A language the talk is not written in may have none; one it is written in has 2–3.
    const written = count > 0 || item.title[language] !== "" || counts.ru + counts.en === 0;
    if (written && (count < TALK_MIN_THESES || count > TALK_MAX_THESES))
      fieldIssue(ctx, path, "thesesCount", { min: TALK_MIN_THESES, max: TALK_MAX_THESES, count });
  }
}

function checkAgenda(draft: z.infer<typeof eventDraftFields>, ctx: z.RefinementCtx, timesOk: boolean): void {
  if (draft.agenda.length > AGENDA_MAX_ITEMS)
    fieldIssue(ctx, ["agenda"], "tooManyItems", { max: AGENDA_MAX_ITEMS });
  const listed = new Set(draft.speakers.map((speaker) => speaker.speakerId));
  let previousEnd: number | null = null;
  let previousStart: number | null = null;
  draft.agenda.forEach((item, index) => {
    checkTheses(item, index, ctx);
    if (item.kind === "talk" && item.speakerId === null)
      fieldIssue(ctx, ["agenda", index, "speakerId"], "required");
    if (item.speakerId !== null && !listed.has(item.speakerId))
      fieldIssue(ctx, ["agenda", index, "speakerId"], "notAmongSpeakers");
    const start = Date.parse(item.startsAt);
    const end = start + item.durationMinutes * 60_000;
    if (timesOk && (start < Date.parse(draft.startsAt) || end > Date.parse(draft.endsAt)))
      fieldIssue(ctx, ["agenda", index, "startsAt"], "outsideEvent");
    else if (previousStart !== null && start < previousStart)
      fieldIssue(ctx, ["agenda", index, "startsAt"], "outOfOrder", { other: index });
    else if (previousEnd !== null && start < previousEnd)
      fieldIssue(ctx, ["agenda", index, "startsAt"], "overlaps", { other: index });
    previousStart = start;
    previousEnd = end;
  });
}

/**
 * The event as its author writes it (the event part of the SEEDS.md 000 questionnaire plus the
 * registration and access rules); the same shape comes back from `authoring.event`.
 * Times are ISO-8601; the API keeps them in UTC.
 */
export const eventDraftSchema = eventDraftFields.superRefine((draft, ctx) => {
  const timesOk = checkTimes(draft, ctx);
  checkSpeakers(draft, ctx);
  checkAgenda(draft, ctx, timesOk);
});
export type EventDraft = z.infer<typeof eventDraftSchema>;

/**
 * Creates an event (no eventId: a webinar of `exhibitorId`, or a programme session when it is
 * absent or null) or changes one. An approved event's change becomes a revision that waits for
 * approval; the public version stays until then.
 */
export const saveEventInput = z.object({
  eventId: idSchema.optional(),
  exhibitorId: idSchema.nullable().optional(),
  event: eventDraftSchema,
});
export type SaveEventInput = z.infer<typeof saveEventInput>;

export const authoringEventIdInput = z.object({ eventId: idSchema });

export const cancelEventInput = z.object({
  eventId: idSchema,
  /** Told to the registrants in their letter. */
  reason: z.string().trim().min(1).max(CANCEL_REASON_MAX_LENGTH),
});

export const sendBackInput = z.object({
  eventId: idSchema,
  /** What the author should change; shown in the cabinet and e-mailed. */
  note: z.string().trim().min(1).max(REVIEW_NOTE_MAX_LENGTH),
});

/**
 * Where an event (or its revision) stands for its author: draft, submitted (waiting for the
 * organisers), sentBack (with the organisers' note; edit and submit again), approved, cancelled.
 */
export const authoringStateSchema = z.enum(["draft", "submitted", "sentBack", "approved", "cancelled"]);
export type AuthoringState = z.infer<typeof authoringStateSchema>;

/** The pending change of an approved event. */
export const revisionSummarySchema = z.object({
  state: z.enum(["draft", "submitted", "sentBack"]),
  reviewNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});

/** One event in its author's list. */
export const authoredEventSchema = z.object({
  id: z.string(),
  kind: z.enum(["programme", "webinar"]),
  exhibitorId: z.string().nullable(),
  format: eventFormatSchema,
  title: bilingual,
  stream: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  timezone: z.string(),
  status: authoredStatusSchema,
  state: authoringStateSchema,
  /** The organisers' note when they sent the event back. */
  reviewNote: z.string().nullable(),
  /** A change of the approved event waiting for (or sent back from) approval. */
  revision: revisionSummarySchema.nullable(),
  /** Accepted and pending registrations. */
  registered: z.number().int(),
  updatedAt: z.string(),
});
export type AuthoredEvent = z.infer<typeof authoredEventSchema>;

/** The editable version of an event: the pending revision if there is one, else the event. */
export const editableEventSchema = authoredEventSchema.extend({
  /** Which version `draft` is. */
  editing: z.enum(["event", "revision"]),
  draft: eventDraftFields,
  /** The exhibition's days (in its time zone) the event must fall on. */
  exhibition: z.object({ startsOn: z.string(), endsOn: z.string(), timezone: z.string() }),
  /** What the author may do now. */
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    cancel: z.boolean(),
    discardRevision: z.boolean(),
  }),
});
export type EditableEvent = z.infer<typeof editableEventSchema>;

/** One changed field of a proposed version against the public one. */
export const fieldChangeSchema = z.object({
  /** "title.ru", "startsAt", "speakers", "agenda.2" … */
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** What waits for the organisers: new events, and changes to approved ones. */
export const reviewEntrySchema = z.object({
  eventId: z.string(),
  kind: z.enum(["programme", "webinar"]),
  /** A new event, or a change (revision) of an approved one. */
  what: z.enum(["event", "revision"]),
  host: z.object({ exhibitorId: z.string().nullable(), name: bilingual }),
  title: bilingual,
  submittedAt: z.string().nullable(),
  proposed: eventDraftFields,
  /** The public version a revision would replace; null for a new event. */
  current: eventDraftFields.nullable(),
  /** Field by field, what the revision changes (empty for a new event). */
  changes: z.array(fieldChangeSchema),
  timeChanged: z.boolean(),
  registered: z.number().int(),
});
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

export const decisionResultSchema = z.object({
  what: z.enum(["event", "revision"]),
  /** Approving moved the event: its registrants were written to. */
  timeChanged: z.boolean(),
  /** Registrants written to about a new time (approve) or none. */
  notified: z.number().int(),
});

export const cancelResultSchema = z.object({
  event: editableEventSchema,
  /** Accepted and pending registrants written to. */
  notified: z.number().int(),
});
