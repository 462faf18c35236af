/**
 * Column helpers shared by the migrations. Migrations are frozen in time, so
 * these must never change meaning: add a new helper instead of editing one.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from "kysely";

type Col = ColumnDefinitionBuilder;

/** Text primary key; NOT NULL spelled out because SQLite would otherwise allow NULL ids. */
export const pk = (c: Col) => c.primaryKey().notNull();

/** NOT NULL. */
export const required = (c: Col) => c.notNull();

/** NOT NULL, one of the given string values. */
export function oneOf(column: string, values: readonly string[]) {
  const list = sql.join(values.map((v) => sql.lit(v)));
  return (c: Col) => c.notNull().check(sql`${sql.ref(column)} in (${list})`);
}

/** Nullable, but when set one of the given string values. */
export function nullOrOneOf(column: string, values: readonly string[]) {
  const list = sql.join(values.map((v) => sql.lit(v)));
  return (c: Col) => c.check(sql`${sql.ref(column)} is null or ${sql.ref(column)} in (${list})`);
}

/** NOT NULL integer 0 or 1, our portable boolean. */
export function flag(column: string) {
  return (c: Col) => c.notNull().check(sql`${sql.ref(column)} in (0, 1)`);
}

/** NOT NULL reference whose row cannot outlive its parent. */
export function owner(target: string) {
  return (c: Col) => c.notNull().references(target).onDelete("cascade");
}

/** Nullable reference that is cleared when the parent goes. */
export function optional(target: string) {
  return (c: Col) => c.references(target).onDelete("set null");
}

/** Nullable reference that blocks deleting the parent while in use (files). */
export function uses(target: string) {
  return (c: Col) => c.references(target);
}

/** True when the migration runs on PostgreSQL (inside its transaction or not). */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** NOT NULL reference that blocks deleting the parent while children remain. */
export function requires(target: string) {
  return (c: Col) => c.notNull().references(target);
}
