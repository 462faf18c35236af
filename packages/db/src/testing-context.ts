/** How the vitest globalSetup hands the PostgreSQL test server to the test workers. */

/** Key of the provided value: the server URL, or null when PostgreSQL is unavailable. */
export const TEST_POSTGRES_URL_KEY = "pavilionTestPostgresUrl";

/** Environment variable naming an existing PostgreSQL server to test against. */
export const TEST_POSTGRES_URL_ENV = "PAVILION_TEST_POSTGRES_URL";

declare module "vitest" {
  interface ProvidedContext {
    pavilionTestPostgresUrl: string | null;
  }
}
