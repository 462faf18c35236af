export { type ApiConfig, type ApiServices, type Context, createContext, type SessionCookie } from "./context.ts";
export { AppError } from "./errors.ts";
export { ClientFacingError } from "./trpc.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { hashPassword } from "./services/auth/password.ts";
export { createMailer, type Mailer, type OutgoingMail } from "./services/mail/mailer.ts";
export type { Access, ProcedureMeta } from "./trpc.ts";
