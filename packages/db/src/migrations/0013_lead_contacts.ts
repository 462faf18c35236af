/**
 * What an exhibitor may see of each lead's visitor, kept on the lead so the leads table can
 * search and sort by it on the exhibitor's indexes: the visible name folded for sorting and the
 * visible contacts folded for searching, both null while no consent stands. Refreshed from the
 * activity log (contacts left, registrations, consents withdrawn) before leads are read.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("leads").addColumn("contact_name", "text").execute();
  await db.schema.alterTable("leads").addColumn("contact_search", "text").execute();
  await db.schema
    .createIndex("leads_exhibitor_name_idx")
    .on("leads")
    .columns(["exhibitor_id", "contact_name"])
    .execute();
  await db.schema
    .createIndex("leads_exhibitor_last_activity_idx")
    .on("leads")
    .columns(["exhibitor_id", "last_activity_at"])
    .execute();
  // Counting a filtered page of a company with tens of thousands of leads reads only these
  // (narrow) indexes, not the leads themselves: by status, by source and date, by search text.
  await db.schema
    .createIndex("leads_exhibitor_status_activity_idx")
    .on("leads")
    .columns(["exhibitor_id", "status", "last_activity_at"])
    .execute();
  await db.schema
    .createIndex("leads_exhibitor_source_created_idx")
    .on("leads")
    .columns(["exhibitor_id", "source", "created_at"])
    .execute();
  await db.schema
    .createIndex("leads_exhibitor_search_idx")
    .on("leads")
    .columns(["exhibitor_id", "contact_search"])
    .execute();
  // A page's visitors' registrations for the company's few events, looked up pair by pair.
  await db.schema
    .createIndex("registrations_user_event_idx")
    .on("registrations")
    .columns(["user_id", "event_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("registrations_user_event_idx").execute();
  await db.schema.dropIndex("leads_exhibitor_search_idx").execute();
  await db.schema.dropIndex("leads_exhibitor_source_created_idx").execute();
  await db.schema.dropIndex("leads_exhibitor_status_activity_idx").execute();
  await db.schema.dropIndex("leads_exhibitor_last_activity_idx").execute();
  await db.schema.dropIndex("leads_exhibitor_name_idx").execute();
  await db.schema.alterTable("leads").dropColumn("contact_search").execute();
  await db.schema.alterTable("leads").dropColumn("contact_name").execute();
}
