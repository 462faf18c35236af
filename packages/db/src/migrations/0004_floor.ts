/**
 * Visitors' bookmarks, and on SQLite the full-text index of exhibitors (FTS5) that
 * triggers keep in step with the exhibitors table. PostgreSQL searches the table itself.
 */
import { type Kysely, sql } from "kysely";
import { isPostgres, owner, required } from "./helpers.ts";

const COLUMNS = ["name_ru", "name_en", "description_ru", "description_en", "tags"];

// unicode61 folds case (Cyrillic too) but keeps ё apart from е, so the indexed text folds it first.
const folded = (prefix: string) =>
  COLUMNS.map((c) => `replace(replace(${prefix}${c}, 'ё', 'е'), 'Ё', 'Е')`).join(", ");

const TARGET = `exhibitor_search (exhibitor_id, ${COLUMNS.join(", ")})`;
const INSERT_ROW = `insert into ${TARGET} values (new.id, ${folded("new.")});`;
const DELETE_ROW = "delete from exhibitor_search where exhibitor_id = old.id;";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("bookmarks")
    .addColumn("user_id", "text", owner("users.id"))
    .addColumn("exhibitor_id", "text", owner("exhibitors.id"))
    .addColumn("created_at", "text", required)
    .addPrimaryKeyConstraint("bookmarks_pkey", ["user_id", "exhibitor_id"])
    .execute();
  await db.schema.createIndex("bookmarks_exhibitor_id_idx").on("bookmarks").column("exhibitor_id").execute();
  if (isPostgres(db)) return;

  // A table of its own keyed by exhibitor id rather than external content: exhibitors has
  // no integer key, and VACUUM may renumber the implicit rowids external content relies on.
  await sql
    .raw(
      `create virtual table exhibitor_search using fts5(exhibitor_id unindexed, ${COLUMNS.join(", ")}, ` +
        `tokenize = 'unicode61 remove_diacritics 2')`,
    )
    .execute(db);
  await sql
    .raw(`create trigger exhibitors_search_insert after insert on exhibitors begin ${INSERT_ROW} end`)
    .execute(db);
  // Only edits of the searched text re-index a row; approving an exhibitor does not.
  await sql
    .raw(
      `create trigger exhibitors_search_update after update of ${COLUMNS.join(", ")} on exhibitors ` +
        `begin ${DELETE_ROW} ${INSERT_ROW} end`,
    )
    .execute(db);
  await sql
    .raw(`create trigger exhibitors_search_delete after delete on exhibitors begin ${DELETE_ROW} end`)
    .execute(db);
  await sql.raw(`insert into ${TARGET} select id, ${folded("")} from exhibitors`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) {
    for (const trigger of ["insert", "update", "delete"]) {
      await sql.raw(`drop trigger if exists exhibitors_search_${trigger}`).execute(db);
    }
    await sql.raw("drop table if exists exhibitor_search").execute(db);
  }
  await db.schema.dropTable("bookmarks").execute();
}
