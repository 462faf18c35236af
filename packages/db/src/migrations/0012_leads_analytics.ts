/**
 * Leads and analytics (issue 7). Everything here is derived from the append-only `activity`
 * table by a rollup that reads it in id order (`analytics_cursor`), except what people decide:
 * a lead's status, notes and assignee, consents, warmth weights and CRM webhooks.
 *
 * - `leads`: one per exhibitor and visitor, created by the rollup when a visitor leaves contacts,
 *   registers for the exhibitor's event, books a meeting or chats with its staff. `warmth_base`
 *   is the decayed score kept relative to the exhibition's start, so ordering by it orders by
 *   warmth now: warmth(t) = warmth_base * 2^(-(t - starts_at) / half_life).
 * - `consents`: when and to whom a visitor gave their contacts, and when they took them back;
 *   one row per giving (history), the latest row per visitor and exhibitor is the one in force.
 * - `stat_counters` / `stat_uniques`: precomputed counts per scope (exhibition, floor, exhibitor,
 *   material, event) per day ('' = all days), and the sets behind unique-visitor counts.
 */
import { type CreateTableBuilder, type Kysely, sql } from "kysely";
import { flag, isPostgres, oneOf, optional, owner, pk, required } from "./helpers.ts";

const REAL = "double precision";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("leads")
    .addColumn("id", "text", pk)
    .addColumn("exhibition_id", "text", owner("exhibitions.id"))
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    // A visitor who deletes their data takes their leads with them.
    .addColumn("user_id", "text", owner("users.id"))
    // What made the visitor a lead first.
    .addColumn("source", "text", oneOf("source", ["contact", "registration", "meeting", "chat"]))
    .addColumn("status", "text", oneOf("status", ["new", "contacted", "qualified", "won", "lost"]))
    .addColumn("assignee_id", "text", optional("users.id"))
    .addColumn("warmth_base", REAL, (c) => c.notNull().defaultTo(0))
    .addColumn("first_activity_at", "text", required)
    .addColumn("last_activity_at", "text", required)
    .addColumn("created_at", "text", required)
    .addColumn("updated_at", "text", required)
    .addColumn("status_changed_at", "text")
    .execute();
  await db.schema
    .createIndex("leads_exhibitor_user_idx")
    .on("leads")
    .columns(["exhibitor_id", "user_id"])
    .unique()
    .execute();
  await db.schema
    .createIndex("leads_exhibitor_warmth_idx")
    .on("leads")
    .columns(["exhibitor_id", "warmth_base"])
    .execute();
  await db.schema
    .createIndex("leads_exhibitor_created_idx")
    .on("leads")
    .columns(["exhibitor_id", "created_at"])
    .execute();
  await db.schema.createIndex("leads_user_idx").on("leads").column("user_id").execute();

  await db.schema
    .createTable("lead_notes")
    .addColumn("id", "text", pk)
    .addColumn("lead_id", "text", owner("leads.id"))
    .addColumn("author_id", "text", optional("users.id"))
    .addColumn("body", "text", required)
    .addColumn("created_at", "text", required)
    .execute();
  await db.schema
    .createIndex("lead_notes_lead_idx")
    .on("lead_notes")
    .columns(["lead_id", "created_at"])
    .execute();

  await db.schema
    .createTable("consents")
    .addColumn("id", "text", pk)
    .addColumn("user_id", "text", owner("users.id"))
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    // How it was given: the booth's contact form, a registration for the exhibitor's event, a meeting.
    .addColumn("via", "text", oneOf("via", ["contact", "registration", "meeting"]))
    .addColumn("given_at", "text", required)
    .addColumn("withdrawn_at", "text")
    .execute();
  await db.schema
    .createIndex("consents_user_exhibitor_idx")
    .on("consents")
    .columns(["user_id", "exhibitor_id", "given_at"])
    .execute();
  await db.schema
    .createIndex("consents_exhibitor_idx")
    .on("consents")
    .columns(["exhibitor_id", "user_id"])
    .execute();

  await db.schema
    .createTable("warmth_settings")
    .addColumn("exhibition_id", "text", (c) =>
      c.primaryKey().notNull().references("exhibitions.id").onDelete("cascade"),
    )
    // JSON: points per kind of activity (see packages/schema/src/leads.ts warmthWeightsSchema).
    .addColumn("weights", "text", required)
    .addColumn("half_life_days", REAL, required)
    .addColumn("updated_at", "text", required)
    .addColumn("updated_by", "text", optional("users.id"))
    .execute();

  await db.schema
    .createTable("crm_webhooks")
    .addColumn("exhibitor_id", "text", (c) =>
      c.primaryKey().notNull().references("exhibitors.id").onDelete("cascade"),
    )
    .addColumn("url", "text", required)
    // HMAC-SHA256 key; shown once when made, afterwards only its last four characters.
    .addColumn("secret", "text", required)
    .addColumn("enabled", "integer", flag("enabled"))
    .addColumn("created_at", "text", required)
    .addColumn("updated_at", "text", required)
    .execute();

  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", pk)
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("lead_id", "text", optional("leads.id"))
    .addColumn("event", "text", oneOf("event", ["lead.created", "lead.updated", "test"]))
    // JSON body exactly as sent (signed as is).
    .addColumn("payload", "text", required)
    .addColumn("url", "text", required)
    .addColumn("state", "text", oneOf("state", ["pending", "delivering", "delivered", "failed"]))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", required)
    .addColumn("locked_until", "text")
    .addColumn("last_status", "integer")
    .addColumn("last_error", "text")
    .addColumn("last_duration_ms", "integer")
    .addColumn("created_at", "text", required)
    .addColumn("delivered_at", "text")
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_due_idx")
    .on("webhook_deliveries")
    .columns(["state", "next_attempt_at"])
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_exhibitor_idx")
    .on("webhook_deliveries")
    .columns(["exhibitor_id", "created_at"])
    .execute();

  await db.schema
    .createTable("analytics_cursor")
    .addColumn("name", "text", pk)
    // The last activity id the rollup has counted.
    .addColumn("last_id", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", required)
    .execute();

  await db.schema
    .createTable("stat_counters")
    .addColumn("exhibition_id", "text", owner("exhibitions.id"))
    .addColumn(
      "scope",
      "text",
      oneOf("scope", ["exhibition", "floor", "exhibitor", "material", "event", "heard_from"]),
    )
    .addColumn("scope_id", "text", required)
    // "YYYY-MM-DD" in the exhibition's time zone, or "" for all days.
    .addColumn("day", "text", required)
    .addColumn("metric", "text", required)
    .addColumn("value", REAL, (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("stat_counters_pk", ["scope", "scope_id", "metric", "day"])
    .$call(clusteredOnSqlite(db))
    .execute();
  await db.schema
    .createIndex("stat_counters_top_idx")
    .on("stat_counters")
    .columns(["exhibition_id", "scope", "metric", "day", "value"])
    .execute();

  await db.schema
    .createTable("stat_uniques")
    .addColumn("scope", "text", required)
    .addColumn("scope_id", "text", required)
    .addColumn("day", "text", required)
    // No reference: a deleted account still counted once.
    .addColumn("user_id", "text", required)
    .addPrimaryKeyConstraint("stat_uniques_pk", ["scope", "scope_id", "day", "user_id"])
    .$call(clusteredOnSqlite(db))
    .execute();
}

/**
 * On SQLite, a table stored in its primary key's order (WITHOUT ROWID): one B-tree instead of a
 * rowid table plus the key's index, so the rollup's many inserts into these write half as much.
 */
function clusteredOnSqlite(db: Kysely<any>) {
  return (builder: CreateTableBuilder<any, any>) =>
    isPostgres(db) ? builder : builder.modifyEnd(sql`without rowid`);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "stat_uniques",
    "stat_counters",
    "analytics_cursor",
    "webhook_deliveries",
    "crm_webhooks",
    "warmth_settings",
    "consents",
    "lead_notes",
    "leads",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
