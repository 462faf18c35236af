/**
 * The database as Kysely sees it: one interface per table.
 *
 * Portable by design, so the same queries run on SQLite and PostgreSQL:
 * - ids are text (UUIDs from crypto.randomUUID), except the append-only activity
 *   table whose integer id orders rows;
 * - timestamps are ISO-8601 UTC text (`2026-11-23T12:00:00.000Z`), which sorts
 *   and compares the same on both engines; dates without time are `YYYY-MM-DD`;
 * - booleans are integers 0/1; JSON is text.
 */
import type { Generated, Insertable, Selectable, Updateable } from "kysely";

export type Locale = "ru" | "en";
export type UserRole = "visitor" | "organiser";
export type MemberRole = "owner" | "staff";
export type ModerationStatus = "draft" | "submitted" | "approved" | "rejected";
export type BoothSize = "small" | "medium" | "large";
export type MaterialKind = "pdf" | "image" | "video" | "slides" | "link";
export type EventKind = "programme" | "webinar" | "meeting";
export type EventFormat = "seminar" | "master_class" | "presentation" | "workshop" | "other";
export type EventStatus = "draft" | "submitted" | "approved" | "cancelled";
export type RegistrationMode = "open" | "premoderated";
export type EventAccess = "everyone" | "signed_in" | "registered" | "approved";
/** Who may put questions to an event's Q&A queue ("viewers": whoever may watch, signed in). */
export type QuestionAccess = "viewers" | "registered" | "approved" | "nobody";
/** Who may watch an event's recording: as for watching, or only its hosts. */
export type RecordingAccess = EventAccess | "hosts";
export type RegistrationStatus = "accepted" | "pending" | "rejected" | "cancelled";
export type MessageKind = "chat" | "question";
export type QuestionStatus = "pending" | "approved" | "answered" | "done" | "rejected";

export interface UsersTable {
  id: string;
  email: string; // stored lower-cased; unique
  name: string;
  password_hash: string;
  locale: Locale;
  role: UserRole;
  created_at: string;
  updated_at: string;
  /** The secret in the person's calendar feed URL; null until they ask for one. */
  calendar_token: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself only lives in the cookie. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface PasswordResetsTable {
  /** SHA-256 of the reset token sent by e-mail. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: string;
  /** Set when an SMTP server accepted it; null while it only sits in the outbox. */
  sent_at: string | null;
  error: string | null;
  /** JSON list of MailAttachment ({ filename, contentType, content }); null for none. */
  attachments: string | null;
  /** Stable across retries ("<id@host>"). */
  message_id: string | null;
  /** A sender claimed the letter until then; after that another may retry it. */
  locked_until: string | null;
  attempts: Generated<number>;
  /** Letters planned by jobs carry their job's key, so one is never written twice. */
  dedupe_key: string | null;
}

export interface ExhibitionsTable {
  id: string;
  slug: string;
  name_ru: string;
  name_en: string;
  tagline_ru: string;
  tagline_en: string;
  starts_on: string;
  ends_on: string;
  timezone: string;
  logo_file_id: string | null;
  created_at: string;
}

export interface FloorsTable {
  id: string;
  exhibition_id: string;
  slug: string;
  /** The product category this floor gathers. */
  name_ru: string;
  name_en: string;
  position: number;
  created_at: string;
}

export interface FilesTable {
  /** SHA-256 of the content: storage is content-addressed. */
  id: string;
  mime: string;
  size: number;
  created_at: string;
  /** For videos: the length ffprobe measured. */
  duration_ms: number | null;
  /** For videos: the still frame shown before playing (a WebP file). */
  poster_file_id: string | null;
}

export interface ExhibitorsTable {
  id: string;
  exhibition_id: string;
  floor_id: string;
  slug: string;
  name_ru: string;
  name_en: string;
  description_ru: string;
  description_en: string;
  products_ru: string;
  products_en: string;
  /** Comma-separated tags in both languages, for search. */
  tags: string;
  website: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  logo_file_id: string | null;
  color: string; // #rrggbb
  booth_size: BoothSize;
  /** "approved" once an organiser approved a version: then the booth is on the floor. */
  status: ModerationStatus;
  rejection_reason: string | null;
  created_at: string;
  updated_at: string;
  /** The video presentation: an uploaded file, or a link to an external video. */
  video_file_id: string | null;
  video_url: string | null;
  /** Overrides the exhibition's default storage quota when set. */
  storage_quota_bytes: number | null;
}

/**
 * The exhibitor's working copy of its profile and booth; approval copies it onto
 * the exhibitors row, which is what visitors see.
 */
export interface ExhibitorDraftsTable {
  exhibitor_id: string;
  name_ru: string;
  name_en: string;
  description_ru: string;
  description_en: string;
  products_ru: string;
  products_en: string;
  tags: string;
  website: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  logo_file_id: string | null;
  color: string;
  /** The size the exhibitor asks for; organisers place and size booths on the floor. */
  booth_size: BoothSize;
  video_file_id: string | null;
  video_url: string | null;
  status: ModerationStatus;
  rejection_reason: string | null;
  submitted_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  updated_at: string;
}

export type ExhibitorFilePurpose =
  | "logo"
  | "material"
  | "video"
  | "poster"
  | "model"
  | "panorama"
  | "preview";

/** A file an exhibitor keeps (once per exhibitor, however often used); quotas sum these. */
export interface ExhibitorFilesTable {
  exhibitor_id: string;
  file_id: string;
  purpose: ExhibitorFilePurpose;
  original_name: string;
  size: number;
  created_at: string;
}

export interface StaffInvitesTable {
  id: string;
  exhibitor_id: string;
  email: string;
  role: MemberRole;
  /** SHA-256 of the token in the invitation link. */
  token_hash: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

/** A business card a visitor left at a booth; shared only with consent, which can be withdrawn. */
export interface ContactCardsTable {
  id: string;
  exhibitor_id: string;
  user_id: string;
  name: string;
  company: string;
  position: string;
  email: string;
  phone: string;
  message: string;
  consent_at: string;
  withdrawn_at: string | null;
  created_at: string;
}

export interface MembersTable {
  exhibitor_id: string;
  user_id: string;
  role: MemberRole;
  created_at: string;
}

export interface BoothsTable {
  id: string;
  exhibitor_id: string; // unique: one booth per exhibitor
  floor_id: string;
  /** Footprint on the floor plane in metres; x to the east, z to the south. */
  x: number;
  z: number;
  width: number;
  depth: number;
  size: BoothSize;
  /** 1 when an organiser placed it by hand; the layout keeps it there. */
  placed_manually: number;
  updated_at: string;
}

export interface MaterialsTable {
  id: string;
  exhibitor_id: string;
  kind: MaterialKind;
  file_id: string | null;
  url: string | null;
  file_name: string | null;
  title_ru: string;
  title_en: string;
  description_ru: string;
  description_en: string;
  position: number;
  published: number;
  created_at: string;
  /** 1 once an organiser approved its file and texts; visitors see approved, published ones. */
  approved: Generated<number>;
  updated_at: string | null;
}

export interface SpeakersTable {
  id: string;
  exhibition_id: string;
  exhibitor_id: string | null;
  name_ru: string;
  name_en: string;
  achievements_ru: string;
  achievements_en: string;
  bio_ru: string;
  bio_en: string;
  company_ru: string;
  company_en: string;
  photo_file_id: string | null;
  phone: string | null;
  email: string | null;
  created_at: string;
}

export interface EventsTable {
  id: string;
  exhibition_id: string;
  exhibitor_id: string | null; // null for the organiser's programme
  kind: EventKind;
  format: EventFormat;
  stream: string | null; // parallel stream of the programme, e.g. "A"
  title_ru: string;
  title_en: string;
  description_ru: string;
  description_en: string;
  starts_at: string;
  ends_at: string;
  timezone: string;
  capacity: number | null;
  registration_mode: RegistrationMode;
  access: EventAccess;
  status: EventStatus;
  created_at: string;
  updated_at: string;
  question_access: Generated<QuestionAccess>;
  recording_access: Generated<RecordingAccess>;
  /** When a host ended the webinar; it does not go live again. */
  ended_at: string | null;
  recording_file_id: string | null;
  /** A LiveKit Egress recording in progress. */
  recording_egress_id: string | null;
  /** Why organisers sent the event back to its author. */
  review_note: string | null;
  approved_at: string | null;
}

export interface EventSpeakersTable {
  event_id: string;
  speaker_id: string;
  role: "speaker" | "moderator";
  position: number;
}

export interface RegistrationsTable {
  id: string;
  event_id: string;
  user_id: string | null;
  last_name: string;
  first_name: string;
  company: string;
  position: string;
  email: string;
  phone: string;
  heard_from: string;
  locale: Locale;
  status: RegistrationStatus;
  reason: string | null;
  created_at: string;
  decided_at: string | null;
  /** Joined the event's webinar room (LiveKit webhooks). */
  attended_at: string | null;
  /** Staff who entered it for a person who called by phone. */
  registered_by: string | null;
  /** A pending application is decided by then, or accepted by the deadline job. */
  decision_due_at: string | null;
  decided_by: string | null;
  /** Marked present by hand at the registration desk. */
  checked_in_at: string | null;
  checked_in_by: string | null;
  cancelled_at: string | null;
}

export type AgendaItemKind = "registration" | "talk" | "break" | "qa" | "other";

export interface EventAgendaItemsTable {
  id: string;
  event_id: string;
  position: number;
  starts_at: string;
  duration_minutes: number;
  kind: AgendaItemKind;
  title_ru: string;
  title_en: string;
  /** Up to three theses, one per line. */
  theses_ru: string;
  theses_en: string;
  speaker_id: string | null;
}

export interface HeardFromOptionsTable {
  id: string;
  exhibition_id: string;
  label_ru: string;
  label_en: string;
  position: number;
  archived_at: string | null;
  created_at: string;
}

export type EventRevisionStatus = "draft" | "submitted" | "rejected";

/** A changed version of an event waiting for approval; the events row keeps what is public. */
export interface EventRevisionsTable {
  event_id: string;
  /** JSON: the proposed event (texts, format, stream, times, capacity, rules, agenda, speakers). */
  payload: string;
  status: EventRevisionStatus;
  review_note: string | null;
  submitted_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  updated_at: string;
}

/** A time a booth's staff member offers for a one-to-one meeting; booked, it becomes an event. */
export interface MeetingSlotsTable {
  id: string;
  exhibitor_id: string;
  host_user_id: string;
  starts_at: string;
  ends_at: string;
  event_id: string | null;
  booked_by: string | null;
  booked_at: string | null;
  created_at: string;
}

export type LeadSource = "contact" | "registration" | "meeting" | "chat";
export type LeadStatus = "new" | "contacted" | "qualified" | "won" | "lost";

/** One per exhibitor and visitor; made by the analytics rollup from activity, worked by the team. */
export interface LeadsTable {
  id: string;
  exhibition_id: string;
  exhibitor_id: string;
  user_id: string;
  source: LeadSource;
  status: LeadStatus;
  assignee_id: string | null;
  /** Decayed warmth relative to the exhibition's start: warmth(t) = base * 2^(-(t - start) / halfLife). */
  warmth_base: Generated<number>;
  first_activity_at: string;
  last_activity_at: string;
  created_at: string;
  updated_at: string;
  status_changed_at: string | null;
  /** The visible name folded for sorting; null while no consent stands (0013, kept by the leads service). */
  contact_name: Generated<string | null>;
  /** The visible contacts folded for searching; null while no consent stands. */
  contact_search: Generated<string | null>;
}

export interface LeadNotesTable {
  id: string;
  lead_id: string;
  author_id: string | null;
  body: string;
  created_at: string;
}

export type ConsentVia = "contact" | "registration" | "meeting";

/** A visitor's consent to share their contacts with an exhibitor; the latest row per pair is in force. */
export interface ConsentsTable {
  id: string;
  user_id: string;
  exhibitor_id: string;
  via: ConsentVia;
  given_at: string;
  withdrawn_at: string | null;
}

/** An exhibition's warmth weights (JSON points per activity kind) and decay half-life. */
export interface WarmthSettingsTable {
  exhibition_id: string;
  weights: string;
  half_life_days: number;
  updated_at: string;
  updated_by: string | null;
}

export interface CrmWebhooksTable {
  exhibitor_id: string;
  url: string;
  secret: string;
  enabled: number;
  created_at: string;
  updated_at: string;
}

export type WebhookEvent = "lead.created" | "lead.updated" | "test";
export type WebhookDeliveryState = "pending" | "delivering" | "delivered" | "failed";

export interface WebhookDeliveriesTable {
  id: string;
  exhibitor_id: string;
  lead_id: string | null;
  event: WebhookEvent;
  payload: string;
  url: string;
  state: WebhookDeliveryState;
  attempts: Generated<number>;
  next_attempt_at: string;
  locked_until: string | null;
  last_status: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  created_at: string;
  delivered_at: string | null;
}

/** How far a reader of the activity log has got. */
export interface AnalyticsCursorTable {
  name: string;
  last_id: Generated<number>;
  updated_at: string;
}

export type StatScope = "exhibition" | "floor" | "exhibitor" | "material" | "event" | "heard_from";

/** A precomputed count per scope, metric and day ("" = all days). */
export interface StatCountersTable {
  exhibition_id: string;
  scope: StatScope;
  scope_id: string;
  day: string;
  metric: string;
  value: Generated<number>;
}

/** The visitors already counted in a scope's unique count for a day ("" = all days). */
export interface StatUniquesTable {
  scope: StatScope;
  scope_id: string;
  day: string;
  user_id: string;
}

export type JobState = "pending" | "running" | "done" | "failed" | "cancelled";

export interface JobsTable {
  id: string;
  kind: string;
  dedupe_key: string;
  /** JSON. */
  payload: string;
  run_at: string;
  state: JobState;
  attempts: Generated<number>;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface MessagesTable {
  id: string;
  /** "booth:<exhibitorId>" or "event:<eventId>". */
  room: string;
  kind: MessageKind;
  user_id: string;
  body: string;
  question_status: QuestionStatus | null;
  created_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
  /** A short written answer to a question. */
  answer: string | null;
}

export interface ActivityTable {
  id: Generated<number>;
  occurred_at: string;
  user_id: string | null;
  exhibition_id: string;
  exhibitor_id: string | null;
  event_id: string | null;
  material_id: string | null;
  /** What happened, e.g. "booth.visit", "material.download", "webinar.joined". */
  kind: string;
  /** JSON text with details specific to the kind. */
  data: string | null;
}

/** An exhibitor a visitor keeps for later; "my route" is walked through these. */
export interface BookmarksTable {
  user_id: string;
  exhibitor_id: string;
  created_at: string;
}

/**
 * A person banned from writing in a room's chat; the ban holds until a moderator lifts it or,
 * for a mute, until `until`.
 */
export interface ChatBansTable {
  /** "booth:<exhibitorId>" or "event:<eventId>", as in messages.room. */
  room: string;
  user_id: string;
  /** The moderator who banned; null once their account is gone. */
  banned_by: string | null;
  created_at: string;
  /** A mute ends by itself at this time; null: banned until lifted. */
  until: string | null;
}

/** One person's upvote of one question. */
export interface QuestionVotesTable {
  message_id: string;
  user_id: string;
  created_at: string;
}

/** A viewer a host brought on stage in an event's room: the server granted them publishing. */
export interface LiveStageTable {
  id: string;
  /** "event_<eventId>", as in live_participants.room. */
  room: string;
  user_id: string;
  invited_by: string | null;
  invited_at: string;
}

/** Hits of one rate-limit key in one fixed time window. */
export interface RateLimitsTable {
  /** e.g. "signin:email:anna@example.com". */
  key: string;
  window_start: string;
  hits: number;
}

/** Who is in a LiveKit room as its token made them. */
export type LiveParticipantRole = "visitor" | "staff" | "organiser";

/** One participant session in a LiveKit room (from webhooks); left_at null while still there. */
export interface LiveParticipantsTable {
  /** LiveKit's participant session id. */
  sid: string;
  /** "booth_<exhibitorId>" or "event_<eventId>". */
  room: string;
  /** The user id, or "guest-…" for a signed-out viewer. */
  identity: string;
  role: LiveParticipantRole;
  joined_at: string;
  left_at: string | null;
}

/** A track being published in a room now (removed when unpublished). */
export interface LiveTracksTable {
  sid: string;
  room: string;
  participant_sid: string;
  /** "camera", "microphone", "screen_share", "screen_share_audio" or "unknown". */
  source: string;
  published_at: string;
}

/** A LiveKit webhook already applied, by its event id. */
export interface LiveWebhooksTable {
  id: string;
  event: string;
  received_at: string;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  outbox: OutboxTable;
  exhibitions: ExhibitionsTable;
  floors: FloorsTable;
  files: FilesTable;
  exhibitors: ExhibitorsTable;
  members: MembersTable;
  booths: BoothsTable;
  materials: MaterialsTable;
  speakers: SpeakersTable;
  events: EventsTable;
  event_speakers: EventSpeakersTable;
  registrations: RegistrationsTable;
  messages: MessagesTable;
  chat_bans: ChatBansTable;
  activity: ActivityTable;
  bookmarks: BookmarksTable;
  exhibitor_drafts: ExhibitorDraftsTable;
  exhibitor_files: ExhibitorFilesTable;
  staff_invites: StaffInvitesTable;
  contact_cards: ContactCardsTable;
  rate_limits: RateLimitsTable;
  live_participants: LiveParticipantsTable;
  live_tracks: LiveTracksTable;
  live_webhooks: LiveWebhooksTable;
  question_votes: QuestionVotesTable;
  live_stage: LiveStageTable;
  heard_from_options: HeardFromOptionsTable;
  event_agenda_items: EventAgendaItemsTable;
  jobs: JobsTable;
  event_revisions: EventRevisionsTable;
  meeting_slots: MeetingSlotsTable;
  leads: LeadsTable;
  lead_notes: LeadNotesTable;
  consents: ConsentsTable;
  warmth_settings: WarmthSettingsTable;
  crm_webhooks: CrmWebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  analytics_cursor: AnalyticsCursorTable;
  stat_counters: StatCountersTable;
  stat_uniques: StatUniquesTable;
  product_models: ProductModelsTable;
  panoramas: PanoramasTable;
  tour_hotspots: TourHotspotsTable;
}

/** An exhibitor's product as an optimised glTF binary (migration 0014). */
export interface ProductModelsTable {
  id: string;
  exhibitor_id: string;
  title_ru: string;
  title_en: string;
  /** What a screen reader says instead of the picture. */
  description_ru: string;
  description_en: string;
  file_id: string;
  preview_file_id: string | null;
  original_name: string;
  triangles: number;
  /** JSON { min: [x, y, z], max: [x, y, z] } in the model's units. */
  bounds: string;
  /** 1 for the model standing on the booth on the floor (one per exhibitor). */
  featured: number;
  position: number;
  created_at: string;
  updated_at: string;
}

/** One equirectangular photo of an exhibitor's tour (migration 0014). */
export interface PanoramasTable {
  id: string;
  exhibitor_id: string;
  title_ru: string;
  title_en: string;
  /** JSON [{ fileId, width, height }], smallest first. */
  levels: string;
  original_name: string;
  initial_yaw: Generated<number>;
  position: number;
  created_at: string;
  updated_at: string;
}

export type TourHotspotKind = "panorama" | "material" | "caption";

/** A point on a panorama that leads somewhere or says something (migration 0014). */
export interface TourHotspotsTable {
  id: string;
  panorama_id: string;
  exhibitor_id: string;
  kind: TourHotspotKind;
  /** Degrees: yaw 0 is the panorama's centre, growing to the right; pitch 0 the horizon, up positive. */
  yaw: number;
  pitch: number;
  target_panorama_id: string | null;
  material_id: string | null;
  text_ru: Generated<string>;
  text_en: Generated<string>;
  created_at: string;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Exhibition = Selectable<ExhibitionsTable>;
export type Floor = Selectable<FloorsTable>;
export type Exhibitor = Selectable<ExhibitorsTable>;
export type NewExhibitor = Insertable<ExhibitorsTable>;
export type Booth = Selectable<BoothsTable>;
export type Material = Selectable<MaterialsTable>;
export type Speaker = Selectable<SpeakersTable>;
export type Event = Selectable<EventsTable>;
export type Registration = Selectable<RegistrationsTable>;
export type Message = Selectable<MessagesTable>;
export type Activity = Selectable<ActivityTable>;
export type NewActivity = Insertable<ActivityTable>;
export type Bookmark = Selectable<BookmarksTable>;
export type ExhibitorDraft = Selectable<ExhibitorDraftsTable>;
export type ContactCard = Selectable<ContactCardsTable>;
export type Lead = Selectable<LeadsTable>;
