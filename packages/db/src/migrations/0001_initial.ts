/** Accounts, the e-mail outbox, exhibitions, floors, files and exhibitors with their booths. */
import type { Kysely } from "kysely";
import { flag, oneOf, owner, pk, required, requires, uses } from "./helpers.ts";

const LOCALES = ["ru", "en"];
const BOOTH_SIZES = ["small", "medium", "large"];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", pk)
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", required)
    .addColumn("password_hash", "text", required)
    .addColumn("locale", "text", oneOf("locale", LOCALES))
    .addColumn("role", "text", oneOf("role", ["visitor", "organiser"]))
    .addColumn("created_at", "text", required)
    .addColumn("updated_at", "text", required)
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", pk)
    .addColumn("user_id", "text", owner("users.id"))
    .addColumn("created_at", "text", required)
    .addColumn("expires_at", "text", required)
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("sessions_user_id_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("password_resets")
    .addColumn("token_hash", "text", pk)
    .addColumn("user_id", "text", owner("users.id"))
    .addColumn("created_at", "text", required)
    .addColumn("expires_at", "text", required)
    .addColumn("used_at", "text")
    .execute();
  await db.schema
    .createIndex("password_resets_user_id_idx")
    .on("password_resets")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", pk)
    .addColumn("to_address", "text", required)
    .addColumn("subject", "text", required)
    .addColumn("text_body", "text", required)
    .addColumn("html_body", "text")
    .addColumn("created_at", "text", required)
    .addColumn("sent_at", "text")
    .addColumn("error", "text")
    .execute();
  await db.schema.createIndex("outbox_created_at_idx").on("outbox").column("created_at").execute();

  await db.schema
    .createTable("files")
    .addColumn("id", "text", pk)
    .addColumn("mime", "text", required)
    .addColumn("size", "bigint", required)
    .addColumn("created_at", "text", required)
    .execute();

  await db.schema
    .createTable("exhibitions")
    .addColumn("id", "text", pk)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name_ru", "text", required)
    .addColumn("name_en", "text", required)
    .addColumn("tagline_ru", "text", required)
    .addColumn("tagline_en", "text", required)
    .addColumn("starts_on", "text", required)
    .addColumn("ends_on", "text", required)
    .addColumn("timezone", "text", required)
    .addColumn("logo_file_id", "text", uses("files.id"))
    .addColumn("created_at", "text", required)
    .execute();

  await db.schema
    .createTable("floors")
    .addColumn("id", "text", pk)
    .addColumn("exhibition_id", "text", owner("exhibitions.id"))
    .addColumn("slug", "text", required)
    .addColumn("name_ru", "text", required)
    .addColumn("name_en", "text", required)
    .addColumn("position", "integer", required)
    .addColumn("created_at", "text", required)
    .addUniqueConstraint("floors_exhibition_slug_key", ["exhibition_id", "slug"])
    .execute();

  await db.schema
    .createTable("exhibitors")
    .addColumn("id", "text", pk)
    .addColumn("exhibition_id", "text", owner("exhibitions.id"))
    .addColumn("floor_id", "text", requires("floors.id"))
    .addColumn("slug", "text", required)
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
    .addColumn("booth_size", "text", oneOf("booth_size", BOOTH_SIZES))
    .addColumn("status", "text", oneOf("status", ["draft", "submitted", "approved", "rejected"]))
    .addColumn("rejection_reason", "text")
    .addColumn("created_at", "text", required)
    .addColumn("updated_at", "text", required)
    .addUniqueConstraint("exhibitors_exhibition_slug_key", ["exhibition_id", "slug"])
    .execute();
  await db.schema.createIndex("exhibitors_floor_id_idx").on("exhibitors").column("floor_id").execute();
  await db.schema
    .createIndex("exhibitors_exhibition_status_idx")
    .on("exhibitors")
    .columns(["exhibition_id", "status"])
    .execute();

  await db.schema
    .createTable("members")
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("user_id", "text", owner("users.id"))
    .addColumn("role", "text", oneOf("role", ["owner", "staff"]))
    .addColumn("created_at", "text", required)
    .addPrimaryKeyConstraint("members_pkey", ["exhibitor_id", "user_id"])
    .execute();
  await db.schema.createIndex("members_user_id_idx").on("members").column("user_id").execute();

  await db.schema
    .createTable("booths")
    .addColumn("id", "text", pk)
    .addColumn("exhibitor_id", "text", (c) => owner("exhibitors.id")(c).unique())
    .addColumn("floor_id", "text", owner("floors.id"))
    .addColumn("x", "double precision", required)
    .addColumn("z", "double precision", required)
    .addColumn("width", "double precision", required)
    .addColumn("depth", "double precision", required)
    .addColumn("size", "text", oneOf("size", BOOTH_SIZES))
    .addColumn("placed_manually", "integer", flag("placed_manually"))
    .addColumn("updated_at", "text", required)
    .execute();
  await db.schema.createIndex("booths_floor_id_idx").on("booths").column("floor_id").execute();

  await db.schema
    .createTable("materials")
    .addColumn("id", "text", pk)
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("kind", "text", oneOf("kind", ["pdf", "image", "video", "slides", "link"]))
    .addColumn("file_id", "text", uses("files.id"))
    .addColumn("url", "text")
    .addColumn("file_name", "text")
    .addColumn("title_ru", "text", required)
    .addColumn("title_en", "text", required)
    .addColumn("description_ru", "text", required)
    .addColumn("description_en", "text", required)
    .addColumn("position", "integer", required)
    .addColumn("published", "integer", flag("published"))
    .addColumn("created_at", "text", required)
    .execute();
  await db.schema.createIndex("materials_exhibitor_id_idx").on("materials").column("exhibitor_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = ["materials", "booths", "members", "exhibitors", "floors", "exhibitions", "files"];
  for (const table of [...tables, "outbox", "password_resets", "sessions", "users"]) {
    await db.schema.dropTable(table).execute();
  }
}
