/**
 * Fresh migrated databases for tests: an SQLite file in a temp folder, or a new
 * database on the PostgreSQL server the globalSetup (testing-postgres.ts) provides.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import pg from "pg";
import { afterEach, beforeEach, inject } from "vitest";
import { openDatabase } from "./connection.ts";
import { migrateToLatest } from "./migrate.ts";
import type { DB } from "./schema.ts";
import { TEST_POSTGRES_URL_ENV, TEST_POSTGRES_URL_KEY } from "./testing-context.ts";

export type TestEngine = "sqlite" | "postgres";

export interface TestDatabase {
  db: Kysely<DB>;
  /** Closes the connection and removes the database. */
  destroy(): Promise<void>;
}

/** Both engines, for `describe.each(TEST_ENGINES)`; skip PostgreSQL with postgresAvailableForTests(). */
export const TEST_ENGINES: readonly TestEngine[] = ["sqlite", "postgres"];

/** The PostgreSQL server URL tests may create databases on, if any. */
export function testPostgresUrl(): string | undefined {
  let provided: string | null | undefined;
  try {
    provided = inject(TEST_POSTGRES_URL_KEY);
  } catch {
    provided = undefined; // not inside a vitest worker
  }
  return provided || process.env[TEST_POSTGRES_URL_ENV] || undefined;
}

/** True when PostgreSQL variants of tests can run. */
export function postgresAvailableForTests(): boolean {
  return testPostgresUrl() !== undefined;
}

/** Creates a fresh, migrated database on the given engine. */
export async function createTestDatabase(engine: TestEngine = "sqlite"): Promise<TestDatabase> {
  const created = engine === "postgres" ? await createPostgres() : await createSqlite();
  try {
    await migrateToLatest(created.db);
  } catch (error) {
    await created.destroy();
    throw error;
  }
  return created;
}

/**
 * Gives each test of the enclosing describe a fresh database on the engine, and
 * skips the test when that engine is PostgreSQL and none is available.
 */
export function useTestDatabase(engine: TestEngine): () => Kysely<DB> {
  let current: TestDatabase | undefined;
  beforeEach(async (context) => {
    if (engine === "postgres" && !postgresAvailableForTests()) {
      context.skip(`PostgreSQL is not available (${TEST_POSTGRES_URL_ENV})`);
    }
    current = await createTestDatabase(engine);
  });
  afterEach(async () => {
    await current?.destroy();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error("The test database exists only while a test runs");
    return current.db;
  };
}

async function createSqlite(): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), "pavilion-db-test-"));
  const db = openDatabase({ sqliteFile: join(dir, "test.sqlite") });
  return {
    db,
    async destroy() {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const serverUrl = testPostgresUrl();
  if (serverUrl === undefined) {
    throw new Error(
      `PostgreSQL is not available for tests: set ${TEST_POSTGRES_URL_ENV} or add ` +
        `"@pavilion/db/testing-postgres" to the vitest globalSetup`,
    );
  }
  const name = `pavilion_test_${randomBytes(8).toString("hex")}`;
  await onServer(serverUrl, `create database ${pg.escapeIdentifier(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    async destroy() {
      await db.destroy();
      await onServer(serverUrl, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    },
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
