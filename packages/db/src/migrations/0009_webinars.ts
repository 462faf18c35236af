/**
 * Webinars: who may ask questions and see the recording of an event, when its host ended it,
 * its recording; question upvotes; who is on stage (a viewer the host let publish); timed chat
 * bans (a mute).
 */
import { type Kysely, sql } from "kysely";
import { owner, pk, required } from "./helpers.ts";

export async function up(db: Kysely<any>): Promise<void> {
  // Who may put a question to the Q&A queue: whoever may watch (signed in), registrants,
  // approved registrants, or nobody.
  await db.schema
    .alterTable("events")
    .addColumn("question_access", "text", (c) =>
      c
        .notNull()
        .defaultTo("viewers")
        .check(sql`question_access in ('viewers', 'registered', 'approved', 'nobody')`),
    )
    .execute();
  // Who may watch the recording: as for watching live, or only the hosts.
  await db.schema
    .alterTable("events")
    .addColumn("recording_access", "text", (c) =>
      c
        .notNull()
        .defaultTo("signed_in")
        .check(sql`recording_access in ('everyone', 'signed_in', 'registered', 'approved', 'hosts')`),
    )
    .execute();
  // Set when a host ends the webinar; it does not go live again.
  await db.schema.alterTable("events").addColumn("ended_at", "text").execute();
  await db.schema
    .alterTable("events")
    .addColumn("recording_file_id", "text", (c) => c.references("files.id"))
    .execute();
  // LiveKit Egress recording in progress, when Egress is configured.
  await db.schema.alterTable("events").addColumn("recording_egress_id", "text").execute();

  // A ban with an end is a mute.
  await db.schema.alterTable("chat_bans").addColumn("until", "text").execute();

  // A short answer the host typed to a question (answered questions may also be answered aloud).
  await db.schema.alterTable("messages").addColumn("answer", "text").execute();

  await db.schema
    .createTable("question_votes")
    .addColumn("message_id", "text", owner("messages.id"))
    .addColumn("user_id", "text", owner("users.id"))
    .addColumn("created_at", "text", required)
    .addPrimaryKeyConstraint("question_votes_pk", ["message_id", "user_id"])
    .execute();
  await db.schema.createIndex("question_votes_user_id_idx").on("question_votes").column("user_id").execute();

  await db.schema
    .createTable("live_stage")
    .addColumn("id", "text", pk)
    // "event_<eventId>", as in live_participants.room.
    .addColumn("room", "text", required)
    .addColumn("user_id", "text", owner("users.id"))
    .addColumn("invited_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("invited_at", "text", required)
    .execute();
  await db.schema
    .createIndex("live_stage_room_user_idx")
    .on("live_stage")
    .columns(["room", "user_id"])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("live_stage").execute();
  await db.schema.dropTable("question_votes").execute();
  await db.schema.alterTable("messages").dropColumn("answer").execute();
  await db.schema.alterTable("chat_bans").dropColumn("until").execute();
  for (const column of [
    "recording_egress_id",
    "recording_file_id",
    "ended_at",
    "recording_access",
    "question_access",
  ]) {
    await db.schema.alterTable("events").dropColumn(column).execute();
  }
}
