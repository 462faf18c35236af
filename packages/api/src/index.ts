export {
  type ApiConfig,
  type ApiServices,
  type Context,
  createContext,
  type SessionCookie,
} from "./context.ts";
export {
  DEMO_PASSWORD,
  type DemoAccount,
  type SeedOptions,
  type SeedResult,
  seedDemo,
} from "./demo/index.ts";
export { AppError } from "./errors.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { hashPassword } from "./services/auth/password.ts";
export { floorAtlasFile } from "./services/floor/atlas.ts";
export { ensureAllFloorLayouts, ensureFloorLayout } from "./services/floor/placement.ts";
export { createMailer, type Mailer, type OutgoingMail } from "./services/mail/mailer.ts";
export {
  createLocalFileStorage,
  type FileStorage,
  isFileId,
  type StoredFile,
  storeFile,
  storeFiles,
} from "./storage/index.ts";
export type { Access, ProcedureMeta } from "./trpc.ts";
export { ClientFacingError } from "./trpc.ts";
export * from "./uploads/index.ts";
