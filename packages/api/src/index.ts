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
export { ANALYTICS_EVERY_MS, startAnalyticsRollup } from "./services/analytics/background.ts";
export { type CatchUpResult, catchUpAnalytics } from "./services/analytics/rollup.ts";
export { loadSessionUser } from "./services/auth/accounts.ts";
export { hashPassword } from "./services/auth/password.ts";
export { validateSession } from "./services/auth/sessions.ts";
export { type MaterialDownload, openMaterialDownload } from "./services/booth/download.ts";
export { deliverDueWebhooks, startCrmDispatcher } from "./services/crm/dispatcher.ts";
export {
  type ExportFile,
  type RegistrantExportFormat,
  registrantExport,
} from "./services/exports/registrant-export.ts";
export { floorAtlasFile } from "./services/floor/atlas.ts";
export { ensureAllFloorLayouts, ensureFloorLayout } from "./services/floor/placement.ts";
export { appJobHandlers } from "./services/jobs/handlers.ts";
export { createJobRunner, type JobRunner } from "./services/jobs/runner.ts";
export { syncLeadContacts } from "./services/leads/contact-sync.ts";
export { type LeadExportFormat, leadExport } from "./services/leads/export.ts";
export {
  applyWebhook,
  clearPresence,
  WEBHOOK_MAX_AGE_MS,
  type WebhookOutcome,
} from "./services/live/presence.ts";
export { RECONCILE_GRACE_MS, type Reconciled, reconcileRooms } from "./services/live/reconcile.ts";
export { createMailDispatcher, type MailDispatcher } from "./services/mail/dispatcher.ts";
export { createMailer, type Mailer, type OutgoingMail } from "./services/mail/mailer.ts";
export { myDataDownload } from "./services/privacy/download.ts";
export {
  type CalendarFile,
  calendarFeedFile,
  eventCalendarFile,
} from "./services/programme/calendar-files.ts";
export { planReminders, replanEventReminders } from "./services/reminders/plan.ts";
export { type StatsReportFormat, statsReportFile } from "./services/stats/report.ts";
export {
  type ByteRange,
  createLocalFileStorage,
  createS3FileStorage,
  type FileStorage,
  isFileId,
  type S3FileStorageOptions,
  type StoredFile,
  storeFile,
  storeFiles,
} from "./storage/index.ts";
export type { Access, ProcedureMeta } from "./trpc.ts";
export { ClientFacingError } from "./trpc.ts";
export * from "./uploads/index.ts";
