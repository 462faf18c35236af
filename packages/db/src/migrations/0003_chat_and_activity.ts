/** Chat and Q&A history, and the append-only activity log that leads and analytics read. */
import type { Kysely } from "kysely";
import { isPostgres, nullOrOneOf, oneOf, optional, owner, pk, required } from "./helpers.ts";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("messages")
    .addColumn("id", "text", pk)
    .addColumn("room", "text", required)
    .addColumn("kind", "text", oneOf("kind", ["chat", "question"]))
    .addColumn("user_id", "text", owner("users.id"))
    .addColumn("body", "text", required)
    .addColumn(
      "question_status",
      "text",
      nullOrOneOf("question_status", ["pending", "approved", "answered", "done", "rejected"]),
    )
    .addColumn("created_at", "text", required)
    .addColumn("deleted_at", "text")
    .addColumn("deleted_by", "text", optional("users.id"))
    .execute();
  await db.schema
    .createIndex("messages_room_created_at_idx")
    .on("messages")
    .columns(["room", "created_at"])
    .execute();
  await db.schema.createIndex("messages_user_id_idx").on("messages").column("user_id").execute();

  // Ids must only grow and never be reused, so readers can page by id.
  const postgres = isPostgres(db);
  await db.schema
    .createTable("activity")
    .addColumn("id", "integer", (c) =>
      postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn("occurred_at", "text", required)
    // Analytics keep counting after an account is deleted; the row just loses its person.
    .addColumn("user_id", "text", optional("users.id"))
    .addColumn("exhibition_id", "text", owner("exhibitions.id"))
    // Leads belong to the exhibitor and go with it.
    .addColumn("exhibitor_id", "text", (c) => c.references("exhibitors.id").onDelete("cascade"))
    .addColumn("event_id", "text", optional("events.id"))
    .addColumn("material_id", "text", optional("materials.id"))
    .addColumn("kind", "text", required)
    .addColumn("data", "text")
    .execute();
  const activityIndexes: Array<[string, string[]]> = [
    ["activity_exhibitor_occurred_at_idx", ["exhibitor_id", "occurred_at"]],
    ["activity_user_occurred_at_idx", ["user_id", "occurred_at"]],
    ["activity_exhibition_kind_occurred_at_idx", ["exhibition_id", "kind", "occurred_at"]],
  ];
  for (const [name, columns] of activityIndexes) {
    await db.schema.createIndex(name).on("activity").columns(columns).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("activity").execute();
  await db.schema.dropTable("messages").execute();
}
