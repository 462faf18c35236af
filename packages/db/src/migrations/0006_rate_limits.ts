/**
 * Fixed-window counters for rate limits (sign-in attempts now, chat messages later),
 * kept in the database so every API process shares them.
 */
import type { Kysely } from "kysely";
import { required } from "./helpers.ts";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", required)
    .addColumn("window_start", "text", required)
    .addColumn("hits", "integer", required)
    .addPrimaryKeyConstraint("rate_limits_pkey", ["key", "window_start"])
    .execute();
  await db.schema
    .createIndex("rate_limits_window_start_idx")
    .on("rate_limits")
    .column("window_start")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("rate_limits").execute();
}
