/**
 * Registrations as SEEDS.md 001 requires, the programme's agenda, durable jobs and a retrying
 * outbox: organiser-defined "how did you hear about it" choices; timed agenda items with theses;
 * who registered a person by phone, when a decision is due, manual check-in; a private calendar
 * feed per person; jobs (reminders, decision deadlines) that run exactly once across restarts;
 * outbox letters with attachments, a stable Message-ID and a delivery lease.
 */
import type { Kysely } from "kysely";
import { oneOf, optional, owner, pk, required } from "./helpers.ts";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("heard_from_options")
    .addColumn("id", "text", pk)
    .addColumn("exhibition_id", "text", owner("exhibitions.id"))
    .addColumn("label_ru", "text", required)
    .addColumn("label_en", "text", required)
    .addColumn("position", "integer", required)
    // Archived choices stay readable on old registrations but are not offered any more.
    .addColumn("archived_at", "text")
    .addColumn("created_at", "text", required)
    .execute();
  await db.schema
    .createIndex("heard_from_options_exhibition_idx")
    .on("heard_from_options")
    .columns(["exhibition_id", "position"])
    .execute();

  await db.schema
    .createTable("event_agenda_items")
    .addColumn("id", "text", pk)
    .addColumn("event_id", "text", owner("events.id"))
    .addColumn("position", "integer", required)
    .addColumn("starts_at", "text", required)
    .addColumn("duration_minutes", "integer", required)
    .addColumn("kind", "text", oneOf("kind", ["registration", "talk", "break", "qa", "other"]))
    .addColumn("title_ru", "text", required)
    .addColumn("title_en", "text", required)
    // Up to three theses, one per line.
    .addColumn("theses_ru", "text", required)
    .addColumn("theses_en", "text", required)
    .addColumn("speaker_id", "text", optional("speakers.id"))
    .execute();
  await db.schema
    .createIndex("event_agenda_items_event_idx")
    .on("event_agenda_items")
    .columns(["event_id", "position"])
    .execute();

  // Why organisers sent an event back, and when they approved it.
  await db.schema.alterTable("events").addColumn("review_note", "text").execute();
  await db.schema.alterTable("events").addColumn("approved_at", "text").execute();

  // Staff who entered a registration taken by phone.
  await db.schema
    .alterTable("registrations")
    .addColumn("registered_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  // A pending application must be decided by then (2 days, and before the day before the event).
  await db.schema.alterTable("registrations").addColumn("decision_due_at", "text").execute();
  await db.schema
    .alterTable("registrations")
    .addColumn("decided_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  // Marked present by staff at the registration desk (attended_at comes from the webinar room).
  await db.schema.alterTable("registrations").addColumn("checked_in_at", "text").execute();
  await db.schema
    .alterTable("registrations")
    .addColumn("checked_in_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.alterTable("registrations").addColumn("cancelled_at", "text").execute();

  // A person's private calendar feed: /calendar/<token>.ics
  await db.schema.alterTable("users").addColumn("calendar_token", "text").execute();
  await db.schema
    .createIndex("users_calendar_token_idx")
    .on("users")
    .column("calendar_token")
    .unique()
    .execute();

  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", pk)
    .addColumn("kind", "text", required)
    // One job per key ever ("reminder:final:<registrationId>"): planning twice changes nothing.
    .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
    .addColumn("payload", "text", required)
    .addColumn("run_at", "text", required)
    .addColumn("state", "text", oneOf("state", ["pending", "running", "done", "failed", "cancelled"]))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    // A worker that claimed the job holds it until then; after that another may take it over.
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", required)
    .addColumn("finished_at", "text")
    .execute();
  await db.schema.createIndex("jobs_state_run_at_idx").on("jobs").columns(["state", "run_at"]).execute();

  // JSON list of { filename, contentType, content } (text content, e.g. an .ics).
  await db.schema.alterTable("outbox").addColumn("attachments", "text").execute();
  // Stable across retries, so a letter delivered twice after a crash is one letter to mail clients.
  await db.schema.alterTable("outbox").addColumn("message_id", "text").execute();
  await db.schema.alterTable("outbox").addColumn("locked_until", "text").execute();
  await db.schema
    .alterTable("outbox")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("outbox").addColumn("dedupe_key", "text").execute();
  await db.schema.createIndex("outbox_dedupe_key_idx").on("outbox").column("dedupe_key").unique().execute();
  await db.schema.createIndex("outbox_sent_at_idx").on("outbox").columns(["sent_at", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("outbox_sent_at_idx").execute();
  await db.schema.dropIndex("outbox_dedupe_key_idx").execute();
  for (const column of ["dedupe_key", "attempts", "locked_until", "message_id", "attachments"]) {
    await db.schema.alterTable("outbox").dropColumn(column).execute();
  }
  await db.schema.dropTable("jobs").execute();
  await db.schema.dropIndex("users_calendar_token_idx").execute();
  await db.schema.alterTable("users").dropColumn("calendar_token").execute();
  for (const column of [
    "cancelled_at",
    "checked_in_by",
    "checked_in_at",
    "decided_by",
    "decision_due_at",
    "registered_by",
  ]) {
    await db.schema.alterTable("registrations").dropColumn(column).execute();
  }
  await db.schema.alterTable("events").dropColumn("approved_at").execute();
  await db.schema.alterTable("events").dropColumn("review_note").execute();
  await db.schema.dropTable("event_agenda_items").execute();
  await db.schema.dropTable("heard_from_options").execute();
}
