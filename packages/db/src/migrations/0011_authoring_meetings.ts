/**
 * Events as their authors write them, and one-to-one meetings. An approved event keeps its
 * public row while a changed version waits for approval as a revision (SEEDS.md 001: an approved
 * agenda is not changed without going back to approval). Meeting slots are times a booth's staff
 * member offers; a visitor books a free one, which becomes an event of kind "meeting".
 */
import type { Kysely } from "kysely";
import { oneOf, optional, owner, pk, required } from "./helpers.ts";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("event_revisions")
    .addColumn("event_id", "text", (c) =>
      c.primaryKey().notNull().references("events.id").onDelete("cascade"),
    )
    // JSON: the proposed event (texts, format, stream, times, capacity, rules, agenda, speakers).
    .addColumn("payload", "text", required)
    .addColumn("status", "text", oneOf("status", ["draft", "submitted", "rejected"]))
    .addColumn("review_note", "text")
    .addColumn("submitted_at", "text")
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text", optional("users.id"))
    .addColumn("updated_at", "text", required)
    .execute();

  await db.schema
    .createTable("meeting_slots")
    .addColumn("id", "text", pk)
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    // The staff member who meets the visitor.
    .addColumn("host_user_id", "text", owner("users.id"))
    .addColumn("starts_at", "text", required)
    .addColumn("ends_at", "text", required)
    // Set when booked: the meeting as an event (kind "meeting") with the visitor's registration.
    .addColumn("event_id", "text", optional("events.id"))
    .addColumn("booked_by", "text", optional("users.id"))
    .addColumn("booked_at", "text")
    .addColumn("created_at", "text", required)
    .execute();
  await db.schema
    .createIndex("meeting_slots_exhibitor_starts_idx")
    .on("meeting_slots")
    .columns(["exhibitor_id", "starts_at"])
    .execute();
  await db.schema
    .createIndex("meeting_slots_host_starts_idx")
    .on("meeting_slots")
    .columns(["host_user_id", "starts_at"])
    .unique()
    .execute();
  await db.schema
    .createIndex("meeting_slots_booked_by_idx")
    .on("meeting_slots")
    .column("booked_by")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("meeting_slots").execute();
  await db.schema.dropTable("event_revisions").execute();
}
