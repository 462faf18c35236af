/**
 * Presence checked against LiveKit itself, for what a lost webhook missed: sessions of people no
 * longer in a room are closed (with their attendance, as a participant_left would), people in a
 * room we never heard of are added (as a participant_joined would), and published tracks follow.
 */
import type { Database, DB } from "@pavilion/db";
import { type LiveRoomService, parseRoomName, type RoomParticipant } from "@pavilion/livekit";
import type { Transaction } from "kysely";
import { closeSessions, openSession, roleOf } from "./presence.ts";

/**
 * Rows this recent are left alone: LiveKit's list and a webhook can cross (someone joins just
 * after the list was taken, and their webhook lands before we compare).
 */
export const RECONCILE_GRACE_MS = 15_000;

export interface Reconciled {
  /** Rooms compared. */
  rooms: number;
  /** Sessions closed because LiveKit no longer has them. */
  closed: number;
  /** Sessions added because we had missed them. */
  added: number;
}

/** Every room we think is occupied, and every room of ours LiveKit has open. */
async function roomsToCheck(db: Database, rooms: LiveRoomService): Promise<string[]> {
  const occupied = await db
    .selectFrom("live_participants")
    .select("room")
    .distinct()
    .where("left_at", "is", null)
    .execute();
  const open = (await rooms.listRooms()).filter((name) => parseRoomName(name) !== null);
  return [...new Set([...occupied.map((row) => row.room), ...open])].sort();
}

interface KnownSession {
  sid: string;
  left_at: string | null;
  joined_at: string;
}

/** Tracks follow LiveKit: those it has that we missed are added, those it no longer has go. */
async function syncTracks(
  trx: Transaction<DB>,
  room: string,
  present: readonly RoomParticipant[],
  openSids: ReadonlySet<string>,
  now: { at: string; settled: string },
): Promise<void> {
  const tracks = present
    .filter((participant) => openSids.has(participant.sid))
    .flatMap((participant) =>
      participant.tracks.map((track) => ({ ...track, participant_sid: participant.sid })),
    );
  for (const track of tracks) {
    await trx
      .insertInto("live_tracks")
      .values({ ...track, room, published_at: now.at })
      .onConflict((conflict) => conflict.column("sid").doNothing())
      .execute();
  }
  let stale = trx.deleteFrom("live_tracks").where("room", "=", room).where("published_at", "<=", now.settled);
  const kept = tracks.map((track) => track.sid);
  if (kept.length > 0) stale = stale.where("sid", "not in", kept);
  await stale.execute();
}

async function reconcileRoom(
  db: Database,
  room: string,
  present: readonly RoomParticipant[],
  now: Date,
): Promise<{ closed: number; added: number }> {
  const at = now.toISOString();
  const settled = new Date(now.getTime() - RECONCILE_GRACE_MS).toISOString();
  return db.transaction().execute(async (trx) => {
    const known: KnownSession[] = await trx
      .selectFrom("live_participants")
      .select(["sid", "left_at", "joined_at"])
      .where("room", "=", room)
      .execute();
    const presentSids = new Set(present.map((participant) => participant.sid));
    const open = known.filter((row) => row.left_at === null);
    const gone = open
      .filter((row) => !presentSids.has(row.sid) && row.joined_at <= settled)
      .map((row) => row.sid);
    await closeSessions(trx, gone, at);
    const knownSids = new Set(known.map((row) => row.sid));
    const missed = present.filter((participant) => !knownSids.has(participant.sid));
    for (const { sid, identity, metadata, joinedAt } of missed) {
      await openSession(trx, { sid, room, identity, role: roleOf(metadata) }, joinedAt.toISOString());
    }
    const openSids = new Set([
      ...open.map((row) => row.sid),
      ...missed.map((participant) => participant.sid),
    ]);
    await syncTracks(trx, room, present, openSids, { at, settled });
    return { closed: gone.length, added: missed.length };
  });
}

/**
 * Compares presence with LiveKit's rooms now and repairs it. Rejects, changing nothing more, when
 * LiveKit cannot be reached (an unreachable LiveKit is not an empty one).
 */
export async function reconcileRooms(db: Database, rooms: LiveRoomService, now: Date): Promise<Reconciled> {
  const names = await roomsToCheck(db, rooms);
  const result: Reconciled = { rooms: names.length, closed: 0, added: 0 };
  for (const room of names) {
    const changed = await reconcileRoom(db, room, await rooms.listParticipants(room), now);
    result.closed += changed.closed;
    result.added += changed.added;
  }
  return result;
}
