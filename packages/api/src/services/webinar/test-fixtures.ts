/**
 * Test helpers for webinars: an exhibition with an exhibitor and its staff, a visitor and an
 * organiser; events, registrations, and room presence as LiveKit's webhooks would leave it.
 */
import type { Database, EventAccess, LiveParticipantRole, RecordingAccess } from "@pavilion/db";
import { eventRoomName } from "@pavilion/livekit";
import type { TestApi, TestBrowser } from "../../testing/index.ts";
import { insertExhibition, insertExhibitor, T0 } from "../floor/test-fixtures.ts";

export type Person = TestBrowser & { userId: string };

export interface WebinarWorld {
  exhibitionId: string;
  acme: string;
  /** Staff of acme. */
  staff: Person;
  visitor: Person;
  organiser: Person;
}

/** A logo-like file row (the bytes are not needed to name it). */
async function insertFileRow(db: Database, mime = "image/png"): Promise<string> {
  const id = crypto.randomUUID().replaceAll("-", "").padEnd(64, "0");
  await db
    .insertInto("files")
    .values({ id, mime, size: 10, created_at: T0, duration_ms: null, poster_file_id: null })
    .execute();
  return id;
}

/** The exhibition (with a logo) and acme (with a logo and a staff member), a visitor and an organiser. */
export async function webinarWorld(t: TestApi): Promise<WebinarWorld> {
  const expo = await insertExhibition(t.db);
  const exhibitionLogo = await insertFileRow(t.db);
  await t.db.updateTable("exhibitions").set({ logo_file_id: exhibitionLogo }).execute();
  const logoFileId = await insertFileRow(t.db);
  const acme = await insertExhibitor(t.db, expo.exhibitionId, {
    ...{ slug: "acme", floorId: expo.food, nameRu: "Акме", nameEn: "Acme", logoFileId },
  });
  const staff = await t.signedIn({ name: "Stan Staff" });
  await t.db
    .insertInto("members")
    .values({ exhibitor_id: acme, user_id: staff.userId, role: "staff", created_at: T0 })
    .execute();
  const visitor = await t.signedIn({ name: "Vera Visitor" });
  const organiser = await t.signedIn({ role: "organiser", name: "Olga Organiser" });
  return { exhibitionId: expo.exhibitionId, acme, staff, visitor, organiser };
}

export interface EventOptions {
  exhibitorId: string | null;
  access?: EventAccess;
  recordingAccess?: RecordingAccess;
  status?: "approved" | "draft";
  /** Defaults to 10:00–11:00 UTC on the test clock's day (2026-11-23). */
  startsAt?: string;
  endsAt?: string;
}

/** Inserts a webinar (or a programme session when exhibitorId is null) and returns its id. */
export async function addEvent(db: Database, exhibitionId: string, options: EventOptions): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("events")
    .values({
      ...{ id, exhibition_id: exhibitionId, exhibitor_id: options.exhibitorId },
      ...{ kind: options.exhibitorId ? "webinar" : "programme", format: "seminar", stream: null },
      ...{ title_ru: "Вебинар", title_en: "Webinar", description_ru: "О нём", description_en: "About it" },
      starts_at: options.startsAt ?? "2026-11-23T10:00:00.000Z",
      ends_at: options.endsAt ?? "2026-11-23T11:00:00.000Z",
      ...{ timezone: "Europe/Moscow", capacity: null, registration_mode: "open" },
      ...{ access: options.access ?? "everyone", recording_access: options.recordingAccess ?? "signed_in" },
      ...{ status: options.status ?? "approved", created_at: T0, updated_at: T0 },
    })
    .execute();
  return id;
}

/** Registers the user for the event with the given status. */
export async function register(
  db: Database,
  eventId: string,
  userId: string,
  status: "accepted" | "pending",
) {
  await db
    .insertInto("registrations")
    .values({
      ...{ id: crypto.randomUUID(), event_id: eventId, user_id: userId, last_name: "L", first_name: "F" },
      ...{ company: "", position: "", email: `${crypto.randomUUID()}@example.test`, phone: "" },
      ...{ heard_from: "", locale: "en", status, reason: null, created_at: T0 },
      ...{ decided_at: null, attended_at: null },
    })
    .execute();
}

/** Someone in the event's room, as a participant_joined webhook leaves them; returns the session id. */
export async function enterRoom(
  db: Database,
  eventId: string,
  identity: string,
  role: LiveParticipantRole,
  joinedAt = T0,
): Promise<string> {
  const sid = `PA_${crypto.randomUUID().slice(0, 12)}`;
  await db
    .insertInto("live_participants")
    .values({ sid, room: eventRoomName(eventId), identity, role, joined_at: joinedAt, left_at: null })
    .execute();
  return sid;
}

/** A track the session publishes, as a track_published webhook leaves it. */
export async function publishTrack(db: Database, eventId: string, participantSid: string, source = "camera") {
  await db
    .insertInto("live_tracks")
    .values({
      ...{ sid: `TR_${crypto.randomUUID().slice(0, 12)}`, room: eventRoomName(eventId) },
      ...{ participant_sid: participantSid, source, published_at: T0 },
    })
    .execute();
}

/** Puts the user on the event's stage, as inviteToStage leaves it. */
export async function putOnStage(db: Database, eventId: string, userId: string) {
  await db
    .insertInto("live_stage")
    .values({
      id: crypto.randomUUID(),
      room: eventRoomName(eventId),
      user_id: userId,
      invited_by: null,
      invited_at: T0,
    })
    .execute();
}
