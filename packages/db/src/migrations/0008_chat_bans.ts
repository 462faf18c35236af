/** Bans from a room's chat: stored, so a ban holds across reconnects and API processes. */
import type { Kysely } from "kysely";
import { optional, owner, required } from "./helpers.ts";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("chat_bans")
    // "booth:<exhibitorId>", as in messages.room.
    .addColumn("room", "text", required)
    .addColumn("user_id", "text", owner("users.id"))
    // The ban outlives the moderator's account.
    .addColumn("banned_by", "text", optional("users.id"))
    .addColumn("created_at", "text", required)
    .addPrimaryKeyConstraint("chat_bans_pk", ["room", "user_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("chat_bans").execute();
}
