/**
 * The exhibitor's cabinet: drafts under moderation, uploaded files counted against a
 * quota, staff invitations, business cards left by visitors, video presentations.
 *
 * The exhibitors row holds what visitors see (the approved version); the exhibitor edits
 * a draft beside it, and approval copies the draft over. So editing an approved booth
 * never takes it off the floor.
 */
import { type Kysely, sql } from "kysely";
import { oneOf, optional, owner, pk, required, uses } from "./helpers.ts";

const DRAFT_STATUSES = ["draft", "submitted", "approved", "rejected"];

export async function up(db: Kysely<any>): Promise<void> {
  // What ffprobe found in a video, and the frame shown before it plays.
  await db.schema.alterTable("files").addColumn("duration_ms", "integer").execute();
  await db.schema.alterTable("files").addColumn("poster_file_id", "text").execute();

  for (const column of ["video_file_id", "video_url"]) {
    await db.schema.alterTable("exhibitors").addColumn(column, "text").execute();
  }
  await db.schema.alterTable("exhibitors").addColumn("storage_quota_bytes", "bigint").execute();

  // A material is shown once an organiser approved it (its file, title and description).
  await db.schema
    .alterTable("materials")
    .addColumn("approved", "integer", (c) => c.notNull().defaultTo(0).check(sql`approved in (0, 1)`))
    .execute();
  await db.updateTable("materials").set({ approved: 1 }).execute();
  await db.schema.alterTable("materials").addColumn("updated_at", "text").execute();

  await db.schema
    .createTable("exhibitor_drafts")
    .addColumn("exhibitor_id", "text", (c) =>
      c.primaryKey().notNull().references("exhibitors.id").onDelete("cascade"),
    )
    .addColumn("name_ru", "text", required)
    .addColumn("name_en", "text", required)
    .addColumn("description_ru", "text", required)
    .addColumn("description_en", "text", required)
    .addColumn("products_ru", "text", required)
    .addColumn("products_en", "text", required)
    .addColumn("tags", "text", required)
    .addColumn("website", "text")
    .addColumn("contact_email", "text")
    .addColumn("contact_phone", "text")
    .addColumn("logo_file_id", "text", uses("files.id"))
    .addColumn("color", "text", required)
    .addColumn("booth_size", "text", oneOf("booth_size", ["small", "medium", "large"]))
    .addColumn("video_file_id", "text", uses("files.id"))
    .addColumn("video_url", "text")
    .addColumn("status", "text", oneOf("status", DRAFT_STATUSES))
    .addColumn("rejection_reason", "text")
    .addColumn("submitted_at", "text")
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text", optional("users.id"))
    .addColumn("updated_at", "text", required)
    .execute();
  await db.schema
    .createIndex("exhibitor_drafts_status_idx")
    .on("exhibitor_drafts")
    .column("status")
    .execute();

  // Every file an exhibitor keeps, once per exhibitor; the quota is the sum of sizes.
  await db.schema
    .createTable("exhibitor_files")
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("file_id", "text", (c) => c.notNull().references("files.id"))
    .addColumn("purpose", "text", oneOf("purpose", ["logo", "material", "video", "poster"]))
    .addColumn("original_name", "text", required)
    .addColumn("size", "bigint", required)
    .addColumn("created_at", "text", required)
    .addPrimaryKeyConstraint("exhibitor_files_pkey", ["exhibitor_id", "file_id"])
    .execute();

  await db.schema
    .createTable("staff_invites")
    .addColumn("id", "text", pk)
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("email", "text", required)
    .addColumn("role", "text", oneOf("role", ["owner", "staff"]))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("invited_by", "text", optional("users.id"))
    .addColumn("created_at", "text", required)
    .addColumn("expires_at", "text", required)
    .addColumn("accepted_at", "text")
    .addColumn("accepted_by", "text", optional("users.id"))
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createIndex("staff_invites_exhibitor_id_idx")
    .on("staff_invites")
    .column("exhibitor_id")
    .execute();

  // A business card a visitor left at a booth, with the consent it was given under.
  await db.schema
    .createTable("contact_cards")
    .addColumn("id", "text", pk)
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("user_id", "text", owner("users.id"))
    .addColumn("name", "text", required)
    .addColumn("company", "text", required)
    .addColumn("position", "text", required)
    .addColumn("email", "text", required)
    .addColumn("phone", "text", required)
    .addColumn("message", "text", required)
    .addColumn("consent_at", "text", required)
    .addColumn("withdrawn_at", "text")
    .addColumn("created_at", "text", required)
    .execute();
  await db.schema
    .createIndex("contact_cards_exhibitor_id_idx")
    .on("contact_cards")
    .column("exhibitor_id")
    .execute();
  await db.schema.createIndex("contact_cards_user_id_idx").on("contact_cards").column("user_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["contact_cards", "staff_invites", "exhibitor_files", "exhibitor_drafts"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable("materials").dropColumn("updated_at").execute();
  await db.schema.alterTable("materials").dropColumn("approved").execute();
  for (const column of ["storage_quota_bytes", "video_url", "video_file_id"]) {
    await db.schema.alterTable("exhibitors").dropColumn(column).execute();
  }
  await db.schema.alterTable("files").dropColumn("poster_file_id").execute();
  await db.schema.alterTable("files").dropColumn("duration_ms").execute();
}
