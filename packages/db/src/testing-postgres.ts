/**
 * Vitest globalSetup that provides a PostgreSQL server to tests (read it with
 * createTestDatabase("postgres") or postgresAvailableForTests() from ./testing.ts):
 * PAVILION_TEST_POSTGRES_URL when set, else a throw-away local cluster, else none
 * (PostgreSQL tests are skipped, except in CI where that is an error).
 * Use it as `globalSetup: ["@pavilion/db/testing-postgres"]`.
 */
import type { TestProject } from "vitest/node";
import { TEST_POSTGRES_URL_ENV, TEST_POSTGRES_URL_KEY } from "./testing-context.ts";
import { findPostgresBinDir, startTestCluster } from "./testing-postgres-cluster.ts";

/** Provides the PostgreSQL test server URL (or null) and returns the teardown. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env[TEST_POSTGRES_URL_ENV];
  if (given) {
    project.provide(TEST_POSTGRES_URL_KEY, given);
    return undefined;
  }
  const binDir = findPostgresBinDir();
  if (binDir === undefined) {
    if (process.env.CI === "true") {
      throw new Error(
        `PostgreSQL is required in CI: set ${TEST_POSTGRES_URL_ENV} or install the PostgreSQL server`,
      );
    }
    console.warn(
      `\n[pavilion] No PostgreSQL found (${TEST_POSTGRES_URL_ENV} unset, no /usr/lib/postgresql/*/bin): ` +
        "PostgreSQL variants of the tests are SKIPPED.\n",
    );
    project.provide(TEST_POSTGRES_URL_KEY, null);
    return undefined;
  }
  const cluster = await startTestCluster(binDir);
  project.provide(TEST_POSTGRES_URL_KEY, cluster.url);
  return () => cluster.stop();
}
