/**
 * Presence in LiveKit rooms, kept from its webhooks: who is in which room now, and which tracks
 * are published; in event rooms also attendance (./attendance.ts). Each webhook is applied once
 * (by its id), and one older than a few minutes is ignored, so a retried or replayed webhook
 * changes nothing.
 */
import type { Database, DB, LiveParticipantRole } from "@pavilion/db";
import { type LiveKitWebhook, parseRoomName } from "@pavilion/livekit";
import { liveRoleSchema } from "@pavilion/schema";
import type { Transaction as KyselyTransaction } from "kysely";
import { recordJoined, recordLeft } from "./attendance.ts";

/** Webhooks older than this are replays (LiveKit delivers within seconds and signs for 5 minutes). */
export const WEBHOOK_MAX_AGE_MS = 5 * 60_000;
/** Applied ids are kept this long: any later copy is older than WEBHOOK_MAX_AGE_MS and ignored anyway. */
const APPLIED_IDS_KEPT_MS = 60 * 60_000;

/** What became of a webhook: applied, already applied, too old, or about a room that is not ours. */
export type WebhookOutcome = "applied" | "duplicate" | "stale" | "ignored";

/** The role the API put into the participant's token metadata; "visitor" when unreadable. */
export function roleOf(metadata: string): LiveParticipantRole {
  try {
    const parsed = liveRoleSchema.safeParse((JSON.parse(metadata) as { role?: unknown } | null)?.role);
    return parsed.success ? parsed.data : "visitor";
  } catch {
    return "visitor";
  }
}

type Transaction = KyselyTransaction<DB>;

/** Ends the participant sessions (still open) with these sids at `at`, their tracks with them. */
export async function closeSessions(trx: Transaction, sids: readonly string[], at: string): Promise<void> {
  if (sids.length === 0) return;
  const closed = await trx
    .updateTable("live_participants")
    .set({ left_at: at })
    .where("sid", "in", sids)
    .where("left_at", "is", null)
    .returning(["room", "identity", "role", "joined_at"])
    .execute();
  await trx.deleteFrom("live_tracks").where("participant_sid", "in", sids).execute();
  for (const session of closed) await recordLeft(trx, session, at);
}

/** Everyone leaves the room and its tracks end (the room ended, or started afresh after a lost webhook). */
async function emptyRoom(trx: Transaction, room: string, at: string) {
  const open = await trx
    .selectFrom("live_participants")
    .select("sid")
    .where("room", "=", room)
    .where("left_at", "is", null)
    .execute();
  await closeSessions(
    trx,
    open.map((row) => row.sid),
    at,
  );
  await trx.deleteFrom("live_tracks").where("room", "=", room).execute();
}

/** Starts a participant session unless LiveKit told us of it before; attendance once, when new. */
export async function openSession(
  trx: Transaction,
  session: { sid: string; room: string; identity: string; role: LiveParticipantRole },
  at: string,
): Promise<void> {
  const inserted = await trx
    .insertInto("live_participants")
    .values({ ...session, joined_at: at, left_at: null })
    .onConflict((conflict) => conflict.column("sid").doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) await recordJoined(trx, session, at);
}

async function applyToPresence(trx: Transaction, event: LiveKitWebhook, room: string): Promise<void> {
  const at = event.createdAt.toISOString();
  const { participant, track } = event;
  switch (event.event) {
    case "room_started":
    case "room_finished":
      await emptyRoom(trx, room, at);
      return;
    case "participant_joined":
      if (!participant) return;
      await openSession(
        trx,
        { sid: participant.sid, room, identity: participant.identity, role: roleOf(participant.metadata) },
        at,
      );
      return;
    case "participant_left":
    case "participant_connection_aborted":
      if (participant) await closeSessions(trx, [participant.sid], at);
      return;
    case "track_published":
      if (!participant || !track) return;
      await trx
        .insertInto("live_tracks")
        .values({
          sid: track.sid,
          room,
          participant_sid: participant.sid,
          source: track.source,
          published_at: at,
        })
        .onConflict((conflict) => conflict.column("sid").doNothing())
        .execute();
      return;
    case "track_unpublished":
      if (track) await trx.deleteFrom("live_tracks").where("sid", "=", track.sid).execute();
      return;
    default:
      return;
  }
}

/** Applies a verified webhook to presence once; see WebhookOutcome. */
export async function applyWebhook(db: Database, event: LiveKitWebhook, now: Date): Promise<WebhookOutcome> {
  if (now.getTime() - event.createdAt.getTime() > WEBHOOK_MAX_AGE_MS) return "stale";
  const room = event.room ? event.room.name : null;
  if (room === null || parseRoomName(room) === null) return "ignored";
  return db.transaction().execute(async (trx) => {
    const recorded = await trx
      .insertInto("live_webhooks")
      .values({ id: event.id, event: event.event, received_at: now.toISOString() })
      .onConflict((conflict) => conflict.column("id").doNothing())
      .executeTakeFirst();
    if (Number(recorded.numInsertedOrUpdatedRows ?? 0) === 0) return "duplicate";
    await applyToPresence(trx, event, room);
    await trx
      .deleteFrom("live_webhooks")
      .where("received_at", "<", new Date(now.getTime() - APPLIED_IDS_KEPT_MS).toISOString())
      .execute();
    return "applied";
  });
}

/**
 * Everyone leaves every room: for a LiveKit server that has just started, with no rooms. No
 * "webinar.left" is written: when those people left (while the app was down) is unknown.
 */
export async function clearPresence(db: Database, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("live_participants")
      .set({ left_at: now.toISOString() })
      .where("left_at", "is", null)
      .execute();
    await trx.deleteFrom("live_tracks").execute();
  });
}

/** Exhibitors with someone of their staff in their booth's room now. */
export async function exhibitorsWithStaffOnline(db: Database): Promise<Set<string>> {
  const rows = await db
    .selectFrom("live_participants")
    .select("room")
    .distinct()
    .where("left_at", "is", null)
    .where("role", "=", "staff")
    .execute();
  const ids = rows
    .map((row) => parseRoomName(row.room))
    .flatMap((ref) => (ref?.kind === "booth" ? [ref.exhibitorId] : []));
  return new Set(ids);
}

/** Events whose room has a track published now: someone is on air. */
export async function eventsOnAir(db: Database): Promise<string[]> {
  const rows = await db.selectFrom("live_tracks").select("room").distinct().execute();
  return rows
    .map((row) => parseRoomName(row.room))
    .flatMap((ref) => (ref?.kind === "event" ? [ref.eventId] : []));
}
