/**
 * Test helpers for webinars: an exhibition with an exhibitor and its staff, a visitor and an
 * organiser; room presence and the stage as LiveKit's webhooks and the console would leave them.
 * Events and registrations come from ../events/test-fixtures.ts.
 */
import type { Database, LiveParticipantRole } from "@pavilion/db";
import { eventRoomName } from "@pavilion/livekit";
import type { TestApi, TestBrowser } from "../../testing/index.ts";
import { addStaff } from "../events/test-fixtures.ts";
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
  await addStaff(t.db, acme, staff.userId);
  const visitor = await t.signedIn({ name: "Vera Visitor" });
  const organiser = await t.signedIn({ role: "organiser", name: "Olga Organiser" });
  return { exhibitionId: expo.exhibitionId, acme, staff, visitor, organiser };
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
