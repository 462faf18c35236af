/** The demo exhibition seeded into an empty database at start-up. */
export type { DemoAccount } from "./accounts.ts";
export { DEMO_PASSWORD } from "./accounts.ts";
export { DEMO_EXHIBITION_SLUG, DEMO_TIME_ZONE } from "./exhibition.ts";
export { type SeedOptions, type SeedResult, seedDemo } from "./seed.ts";
