/**
 * Presence in LiveKit rooms, fed by its webhooks: who is (and was) in which room, which
 * tracks are being published now, and the ids of webhooks already applied (so a retried
 * or replayed one changes nothing).
 */
import type { Kysely } from "kysely";
import { oneOf, pk, required } from "./helpers.ts";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("live_participants")
    // LiveKit's participant session id: a reconnect or a second tab is a new row.
    .addColumn("sid", "text", pk)
    .addColumn("room", "text", required)
    // A user id, or "guest-…" for a signed-out viewer; no reference, presence outlives nothing.
    .addColumn("identity", "text", required)
    .addColumn("role", "text", oneOf("role", ["visitor", "staff", "organiser"]))
    .addColumn("joined_at", "text", required)
    .addColumn("left_at", "text")
    .execute();
  await db.schema
    .createIndex("live_participants_room_left_at_idx")
    .on("live_participants")
    .columns(["room", "left_at"])
    .execute();
  await db.schema
    .createTable("live_tracks")
    .addColumn("sid", "text", pk)
    .addColumn("room", "text", required)
    .addColumn("participant_sid", "text", required)
    .addColumn("source", "text", required)
    .addColumn("published_at", "text", required)
    .execute();
  await db.schema.createIndex("live_tracks_room_idx").on("live_tracks").column("room").execute();
  await db.schema
    .createIndex("live_tracks_participant_sid_idx")
    .on("live_tracks")
    .column("participant_sid")
    .execute();
  await db.schema
    .createTable("live_webhooks")
    .addColumn("id", "text", pk)
    .addColumn("event", "text", required)
    .addColumn("received_at", "text", required)
    .execute();
  await db.schema
    .createIndex("live_webhooks_received_at_idx")
    .on("live_webhooks")
    .column("received_at")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("live_webhooks").execute();
  await db.schema.dropTable("live_tracks").execute();
  await db.schema.dropTable("live_participants").execute();
}
