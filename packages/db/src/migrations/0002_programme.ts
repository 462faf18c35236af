/** Speakers, events (programme, webinars, meetings), who speaks where, and registrations. */
import type { Kysely } from "kysely";
import { oneOf, optional, owner, pk, required, uses } from "./helpers.ts";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("speakers")
    .addColumn("id", "text", pk)
    .addColumn("exhibition_id", "text", owner("exhibitions.id"))
    .addColumn("exhibitor_id", "text", optional("exhibitors.id"))
    .addColumn("name_ru", "text", required)
    .addColumn("name_en", "text", required)
    .addColumn("achievements_ru", "text", required)
    .addColumn("achievements_en", "text", required)
    .addColumn("bio_ru", "text", required)
    .addColumn("bio_en", "text", required)
    .addColumn("company_ru", "text", required)
    .addColumn("company_en", "text", required)
    .addColumn("photo_file_id", "text", uses("files.id"))
    .addColumn("phone", "text")
    .addColumn("email", "text")
    .addColumn("created_at", "text", required)
    .execute();
  await db.schema.createIndex("speakers_exhibition_id_idx").on("speakers").column("exhibition_id").execute();
  await db.schema.createIndex("speakers_exhibitor_id_idx").on("speakers").column("exhibitor_id").execute();

  await db.schema
    .createTable("events")
    .addColumn("id", "text", pk)
    .addColumn("exhibition_id", "text", owner("exhibitions.id"))
    // An exhibitor's webinar goes with the exhibitor; null means the organiser's programme.
    .addColumn("exhibitor_id", "text", (c) => c.references("exhibitors.id").onDelete("cascade"))
    .addColumn("kind", "text", oneOf("kind", ["programme", "webinar", "meeting"]))
    .addColumn(
      "format",
      "text",
      oneOf("format", ["seminar", "master_class", "presentation", "workshop", "other"]),
    )
    .addColumn("stream", "text")
    .addColumn("title_ru", "text", required)
    .addColumn("title_en", "text", required)
    .addColumn("description_ru", "text", required)
    .addColumn("description_en", "text", required)
    .addColumn("starts_at", "text", required)
    .addColumn("ends_at", "text", required)
    .addColumn("timezone", "text", required)
    .addColumn("capacity", "integer")
    .addColumn("registration_mode", "text", oneOf("registration_mode", ["open", "premoderated"]))
    .addColumn("access", "text", oneOf("access", ["everyone", "signed_in", "registered", "approved"]))
    .addColumn("status", "text", oneOf("status", ["draft", "submitted", "approved", "cancelled"]))
    .addColumn("created_at", "text", required)
    .addColumn("updated_at", "text", required)
    .execute();
  await db.schema
    .createIndex("events_exhibition_starts_at_idx")
    .on("events")
    .columns(["exhibition_id", "starts_at"])
    .execute();
  await db.schema.createIndex("events_exhibitor_id_idx").on("events").column("exhibitor_id").execute();

  await db.schema
    .createTable("event_speakers")
    .addColumn("event_id", "text", owner("events.id"))
    .addColumn("speaker_id", "text", owner("speakers.id"))
    .addColumn("role", "text", oneOf("role", ["speaker", "moderator"]))
    .addColumn("position", "integer", required)
    .addPrimaryKeyConstraint("event_speakers_pkey", ["event_id", "speaker_id"])
    .execute();
  await db.schema
    .createIndex("event_speakers_speaker_id_idx")
    .on("event_speakers")
    .column("speaker_id")
    .execute();

  await db.schema
    .createTable("registrations")
    .addColumn("id", "text", pk)
    .addColumn("event_id", "text", owner("events.id"))
    // The form keeps its own name and e-mail, so a registration outlives its account.
    .addColumn("user_id", "text", optional("users.id"))
    .addColumn("last_name", "text", required)
    .addColumn("first_name", "text", required)
    .addColumn("company", "text", required)
    .addColumn("position", "text", required)
    .addColumn("email", "text", required)
    .addColumn("phone", "text", required)
    .addColumn("heard_from", "text", required)
    .addColumn("locale", "text", oneOf("locale", ["ru", "en"]))
    .addColumn("status", "text", oneOf("status", ["accepted", "pending", "rejected", "cancelled"]))
    .addColumn("reason", "text")
    .addColumn("created_at", "text", required)
    .addColumn("decided_at", "text")
    .addColumn("attended_at", "text")
    .execute();
  // Serves lookups by event too. One live registration per e-mail is enforced by the
  // service: a unique index limited to non-cancelled rows is not portable.
  await db.schema
    .createIndex("registrations_event_email_idx")
    .on("registrations")
    .columns(["event_id", "email"])
    .execute();
  await db.schema.createIndex("registrations_user_id_idx").on("registrations").column("user_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["registrations", "event_speakers", "events", "speakers"]) {
    await db.schema.dropTable(table).execute();
  }
}
