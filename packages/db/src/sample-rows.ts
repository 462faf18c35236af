/**
 * Test data: one row for every table with every column set, so a test can check
 * that the migrations create each column schema.ts declares. Inserted in
 * foreign-key order.
 */
import type { Insertable, Kysely } from "kysely";
import type { ActivityTable, DB } from "./schema.ts";

/** Every column required, nullable ones included. */
type Full<T> = { [K in keyof Insertable<T>]-?: Exclude<Insertable<T>[K], undefined> };

export type SampleRows = { [K in Exclude<keyof DB, "activity">]: Full<DB[K]> } & {
  activity: Omit<Full<ActivityTable>, "id">;
};

const T = "2026-11-23T12:00:00.000Z";
const LATER = "2026-11-24T09:30:00.000Z";

/** One complete row per table, referencing each other. */
export function sampleRows(): SampleRows {
  const user = { id: "user-1", email: "anna@example.com", name: "Anna", password_hash: "scrypt$x" };
  return {
    users: { ...user, locale: "ru", role: "visitor", created_at: T, updated_at: T, calendar_token: "cal-1" },
    sessions: { id: "s-1", user_id: "user-1", created_at: T, expires_at: LATER, user_agent: "Firefox" },
    password_resets: { token_hash: "r-1", user_id: "user-1", created_at: T, expires_at: LATER, used_at: T },
    outbox: {
      ...{ id: "mail-1", to_address: "anna@example.com", subject: "Hi", text_body: "Hi", html_body: "<p>Hi" },
      ...{ created_at: T, sent_at: LATER, error: "none" },
      ...{ attachments: "[]", message_id: "<mail-1@pavilion>", locked_until: T, attempts: 2 },
      dedupe_key: "reminder:final:reg-1",
    },
    files: {
      ...{ id: "file-1", mime: "image/png", size: 3_000_000_000, created_at: T },
      ...{ duration_ms: 61_500, poster_file_id: "file-1" },
    },
    exhibitions: {
      ...{
        id: "expo-1",
        slug: "expo",
        name_ru: "Выставка",
        name_en: "Expo",
        tagline_ru: "т",
        tagline_en: "t",
      },
      ...{ starts_on: "2026-11-23", ends_on: "2026-11-27", timezone: "Europe/Moscow" },
      ...{ logo_file_id: "file-1", created_at: T },
    },
    floors: {
      ...{ id: "floor-1", exhibition_id: "expo-1", slug: "food", name_ru: "Еда", name_en: "Food" },
      ...{ position: 1, created_at: T },
    },
    exhibitors: {
      ...{ id: "exh-1", exhibition_id: "expo-1", floor_id: "floor-1", slug: "acme", name_ru: "Акме" },
      ...{ name_en: "Acme", description_ru: "о", description_en: "a", products_ru: "п", products_en: "p" },
      ...{ tags: "a,b", website: "https://acme.test", contact_email: "hi@acme.test", contact_phone: "+7" },
      ...{ logo_file_id: "file-1", color: "#ff8800", booth_size: "large", status: "rejected" },
      ...{ rejection_reason: "blurry logo", created_at: T, updated_at: LATER },
      ...{
        video_file_id: "file-1",
        video_url: "https://video.test/acme",
        storage_quota_bytes: 5_000_000_000,
      },
    },
    members: { exhibitor_id: "exh-1", user_id: "user-1", role: "owner", created_at: T },
    booths: {
      ...{ id: "booth-1", exhibitor_id: "exh-1", floor_id: "floor-1", x: 12.5, z: -3.25, width: 6 },
      ...{ depth: 4.75, size: "large", placed_manually: 1, updated_at: T },
    },
    materials: {
      ...{ id: "mat-1", exhibitor_id: "exh-1", kind: "pdf", file_id: "file-1", url: "https://x.test" },
      ...{ file_name: "price.pdf", title_ru: "Прайс", title_en: "Prices", description_ru: "д" },
      ...{ description_en: "d", position: 2, published: 1, created_at: T, approved: 1, updated_at: LATER },
    },
    speakers: {
      ...{ id: "sp-1", exhibition_id: "expo-1", exhibitor_id: "exh-1", name_ru: "Анна", name_en: "Anna" },
      ...{ achievements_ru: "д", achievements_en: "a", bio_ru: "б", bio_en: "b", company_ru: "Акме" },
      ...{ company_en: "Acme", photo_file_id: "file-1", phone: "+7", email: "sp@acme.test", created_at: T },
    },
    events: {
      ...{ id: "ev-1", exhibition_id: "expo-1", exhibitor_id: "exh-1", kind: "webinar", format: "workshop" },
      ...{ stream: "A", title_ru: "Вебинар", title_en: "Webinar", description_ru: "о" },
      ...{ description_en: "a", starts_at: T, ends_at: LATER },
      ...{ timezone: "Europe/Moscow", capacity: 100, registration_mode: "premoderated" },
      ...{ access: "approved", status: "approved", created_at: T, updated_at: T },
      ...{ question_access: "registered", recording_access: "hosts", ended_at: LATER },
      ...{ recording_file_id: "file-1", recording_egress_id: "EG_1" },
      ...{ review_note: "add theses", approved_at: T },
    },
    event_speakers: { event_id: "ev-1", speaker_id: "sp-1", role: "moderator", position: 1 },
    registrations: {
      ...{ id: "reg-1", event_id: "ev-1", user_id: "user-1", last_name: "Ivanova", first_name: "Anna" },
      ...{ company: "Acme", position: "CTO", email: "anna@example.com", phone: "+7", heard_from: "mail" },
      ...{ locale: "en", status: "accepted", reason: "ok", created_at: T, decided_at: T, attended_at: LATER },
      ...{ registered_by: "user-1", decision_due_at: LATER, decided_by: "user-1", checked_in_at: LATER },
      ...{ checked_in_by: "user-1", cancelled_at: LATER },
    },
    messages: {
      ...{ id: "msg-1", room: "booth:exh-1", kind: "question", user_id: "user-1", body: "Price?" },
      ...{ question_status: "answered", created_at: T, deleted_at: LATER, deleted_by: "user-1" },
      answer: "On the site",
    },
    chat_bans: { room: "booth:exh-1", user_id: "user-1", banned_by: "user-1", created_at: T, until: LATER },
    activity: {
      ...{ occurred_at: T, user_id: "user-1", exhibition_id: "expo-1", exhibitor_id: "exh-1" },
      ...{ event_id: "ev-1", material_id: "mat-1", kind: "material.download", data: '{"page":1}' },
    },
    bookmarks: { user_id: "user-1", exhibitor_id: "exh-1", created_at: T },
    exhibitor_drafts: {
      ...{
        exhibitor_id: "exh-1",
        name_ru: "Акме",
        name_en: "Acme",
        description_ru: "о",
        description_en: "a",
      },
      ...{ products_ru: "п", products_en: "p", tags: "a", website: "https://acme.test" },
      ...{ contact_email: "hi@acme.test", contact_phone: "+7", logo_file_id: "file-1", color: "#112233" },
      ...{
        booth_size: "medium",
        video_file_id: "file-1",
        video_url: "https://video.test/a",
        status: "rejected",
      },
      ...{
        rejection_reason: "no logo",
        submitted_at: T,
        decided_at: LATER,
        decided_by: "user-1",
        updated_at: T,
      },
    },
    exhibitor_files: {
      ...{ exhibitor_id: "exh-1", file_id: "file-1", purpose: "material", original_name: "Прайс.pdf" },
      ...{ size: 3_000_000_000, created_at: T },
    },
    staff_invites: {
      ...{ id: "inv-1", exhibitor_id: "exh-1", email: "bob@acme.test", role: "staff", token_hash: "h-1" },
      ...{
        invited_by: "user-1",
        created_at: T,
        expires_at: LATER,
        accepted_at: LATER,
        accepted_by: "user-1",
      },
      revoked_at: LATER,
    },
    contact_cards: {
      ...{ id: "card-1", exhibitor_id: "exh-1", user_id: "user-1", name: "Anna", company: "Acme" },
      ...{ position: "CTO", email: "anna@example.com", phone: "+7 900", message: "Call me" },
      ...{ consent_at: T, withdrawn_at: LATER, created_at: T },
    },
    rate_limits: { key: "signin:email:anna@example.com", window_start: T, hits: 3 },
    live_participants: {
      ...{ sid: "PA_1", room: "booth_exh-1", identity: "user-1", role: "staff", joined_at: T },
      left_at: LATER,
    },
    live_tracks: {
      ...{ sid: "TR_1", room: "event_event-1", participant_sid: "PA_1", source: "screen_share" },
      published_at: T,
    },
    live_webhooks: { id: "EV_1", event: "participant_joined", received_at: T },
    question_votes: { message_id: "msg-1", user_id: "user-1", created_at: T },
    live_stage: { id: "st-1", room: "event_ev-1", user_id: "user-1", invited_by: "user-1", invited_at: T },
    heard_from_options: {
      ...{ id: "hf-1", exhibition_id: "expo-1", label_ru: "Рассылка", label_en: "Newsletter", position: 1 },
      ...{ archived_at: LATER, created_at: T },
    },
    event_agenda_items: {
      ...{ id: "ag-1", event_id: "ev-1", position: 1, starts_at: T, duration_minutes: 20, kind: "talk" },
      ...{ title_ru: "Доклад", title_en: "Talk", theses_ru: "раз\nдва", theses_en: "one\ntwo" },
      speaker_id: "sp-1",
    },
    jobs: {
      ...{ id: "job-1", kind: "reminder.final", dedupe_key: "reminder:final:reg-1", payload: "{}" },
      ...{ run_at: T, state: "done", attempts: 1, locked_until: T, last_error: "smtp down" },
      ...{ created_at: T, finished_at: LATER },
    },
    event_revisions: {
      ...{ event_id: "ev-1", payload: '{"title":{"ru":"Новое","en":"New"}}', status: "rejected" },
      ...{
        review_note: "add theses",
        submitted_at: T,
        decided_at: LATER,
        decided_by: "user-1",
        updated_at: T,
      },
    },
    meeting_slots: {
      ...{ id: "slot-1", exhibitor_id: "exh-1", host_user_id: "user-1", starts_at: T, ends_at: LATER },
      ...{ event_id: "ev-1", booked_by: "user-1", booked_at: T, created_at: T },
    },
    leads: {
      ...{ id: "lead-1", exhibition_id: "expo-1", exhibitor_id: "exh-1", user_id: "user-1" },
      ...{ source: "contact", status: "qualified", assignee_id: "user-1", warmth_base: 42.5 },
      ...{ first_activity_at: T, last_activity_at: LATER, created_at: T, updated_at: LATER },
      status_changed_at: LATER,
      ...{ contact_name: "мария соколова", contact_search: "мария соколова\nmaria@example.test" },
    },
    lead_notes: { id: "note-1", lead_id: "lead-1", author_id: "user-1", body: "Позвонить", created_at: T },
    consents: {
      ...{ id: "consent-1", user_id: "user-1", exhibitor_id: "exh-1", via: "contact" },
      ...{ given_at: T, withdrawn_at: LATER },
    },
    warmth_settings: {
      ...{ exhibition_id: "expo-1", weights: '{"material.download":15}', half_life_days: 7.5 },
      ...{ updated_at: T, updated_by: "user-1" },
    },
    crm_webhooks: {
      ...{ exhibitor_id: "exh-1", url: "https://crm.example.com/hook", secret: "s3cret" },
      ...{ enabled: 1, created_at: T, updated_at: LATER },
    },
    webhook_deliveries: {
      ...{ id: "delivery-1", exhibitor_id: "exh-1", lead_id: "lead-1", event: "lead.created" },
      ...{ payload: '{"lead":"lead-1"}', url: "https://crm.example.com/hook", state: "failed" },
      ...{ attempts: 3, next_attempt_at: LATER, locked_until: LATER, last_status: 500 },
      ...{ last_error: "HTTP 500", last_duration_ms: 120, created_at: T, delivered_at: LATER },
    },
    analytics_cursor: { name: "rollup", last_id: 17, updated_at: T },
    stat_counters: {
      ...{ exhibition_id: "expo-1", scope: "exhibitor", scope_id: "exh-1", day: "2026-11-24" },
      ...{ metric: "visits", value: 12.5 },
    },
    stat_uniques: { scope: "exhibitor", scope_id: "exh-1", day: "", user_id: "user-1" },
    product_models: {
      ...{ id: "model-1", exhibitor_id: "exh-1", title_ru: "Пресс", title_en: "Press" },
      ...{ description_ru: "Серый пресс", description_en: "A grey press", file_id: "file-1" },
      ...{ preview_file_id: "file-1", original_name: "press.glb", triangles: 1200, featured: 1 },
      ...{ bounds: '{"min":[0,0,0],"max":[1,2,1]}', position: 1, created_at: T, updated_at: LATER },
    },
    panoramas: {
      ...{ id: "pano-1", exhibitor_id: "exh-1", title_ru: "Цех", title_en: "Workshop" },
      ...{ levels: '[{"fileId":"file-1","width":2048,"height":1024}]', original_name: "hall.jpg" },
      ...{ initial_yaw: 90, position: 1, created_at: T, updated_at: LATER },
    },
    tour_hotspots: {
      ...{ id: "spot-1", panorama_id: "pano-1", exhibitor_id: "exh-1", kind: "material" },
      ...{ yaw: -30.5, pitch: 4, target_panorama_id: "pano-1", material_id: "mat-1" },
      ...{ text_ru: "Прайс", text_en: "Prices", created_at: T },
    },
  };
}

/** Inserts the rows, parents before children. */
export async function insertSampleRows(db: Kysely<DB>, rows: SampleRows = sampleRows()): Promise<void> {
  await db.insertInto("users").values(rows.users).execute();
  await db.insertInto("sessions").values(rows.sessions).execute();
  await db.insertInto("password_resets").values(rows.password_resets).execute();
  await db.insertInto("outbox").values(rows.outbox).execute();
  await db.insertInto("files").values(rows.files).execute();
  await db.insertInto("exhibitions").values(rows.exhibitions).execute();
  await db.insertInto("floors").values(rows.floors).execute();
  await db.insertInto("exhibitors").values(rows.exhibitors).execute();
  await db.insertInto("members").values(rows.members).execute();
  await db.insertInto("booths").values(rows.booths).execute();
  await db.insertInto("materials").values(rows.materials).execute();
  await db.insertInto("speakers").values(rows.speakers).execute();
  await db.insertInto("events").values(rows.events).execute();
  await db.insertInto("event_speakers").values(rows.event_speakers).execute();
  await db.insertInto("registrations").values(rows.registrations).execute();
  await db.insertInto("messages").values(rows.messages).execute();
  await db.insertInto("chat_bans").values(rows.chat_bans).execute();
  await db.insertInto("activity").values(rows.activity).execute();
  await db.insertInto("bookmarks").values(rows.bookmarks).execute();
  for (const table of [
    "exhibitor_drafts",
    "exhibitor_files",
    "staff_invites",
    "contact_cards",
    "rate_limits",
    "live_participants",
    "live_tracks",
    "live_webhooks",
    "question_votes",
    "live_stage",
    "heard_from_options",
    "event_agenda_items",
    "jobs",
    "event_revisions",
    "meeting_slots",
    "leads",
    "lead_notes",
    "consents",
    "warmth_settings",
    "crm_webhooks",
    "webhook_deliveries",
    "analytics_cursor",
    "stat_counters",
    "stat_uniques",
    "product_models",
    "panoramas",
    "tour_hotspots",
  ] as const) {
    await db.insertInto(table).values(rows[table]).execute();
  }
}
