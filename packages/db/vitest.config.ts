import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["./src/testing-postgres.ts"],
    // Creating a PostgreSQL database per test takes a moment on a busy machine.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
