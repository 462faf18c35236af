import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // A throw-away PostgreSQL cluster, so API tests can run on both engines.
    globalSetup: ["../db/src/testing-postgres.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
