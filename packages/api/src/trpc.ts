/** The procedure builders, made once: access levels, domain-error mapping, translated messages. */
import { translate } from "@pavilion/i18n";
import { type AppErrorData, type FieldError, fieldErrorFromIssue } from "@pavilion/schema";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { z } from "zod";
import type { Context } from "./context.ts";
import { AppError, trpcCodeFor } from "./errors.ts";

/** Who may call a procedure; every procedure declares one, and tests check each is enforced. */
export type Access = "public" | "signedIn" | "organiser" | "member" | "owner";
export interface ProcedureMeta {
  access: Access;
}

/** Carries the translated, client-safe description of a failure; the original error stays as `original`. */
export class ClientFacingError extends Error {
  readonly app: AppErrorData;
  readonly original: unknown;
  constructor(app: AppErrorData, message: string, original: unknown) {
    super(message);
    this.name = "ClientFacingError";
    this.app = app;
    this.original = original;
  }
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const app = error.cause instanceof ClientFacingError ? error.cause.app : { code: "internal" as const };
      return { ...shape, data: { ...shape.data, stack: undefined, app } };
    },
  });

function appErrorOf(error: TRPCError): AppErrorData {
  const cause = error.cause;
  if (cause instanceof AppError)
    return cause.params ? { code: cause.code, params: cause.params } : { code: cause.code };
  const issues = (cause as { issues?: z.core.$ZodIssue[] } | undefined)?.issues;
  if (error.code === "BAD_REQUEST" && Array.isArray(issues)) {
    const fields: Record<string, FieldError> = {};
    for (const issue of issues) {
      const { field, error: fieldError } = fieldErrorFromIssue(issue);
      fields[field] ??= fieldError;
    }
    return { code: "validation.invalid", fields };
  }
  switch (error.code) {
    case "UNAUTHORIZED":
      return { code: "auth.signInRequired" };
    case "FORBIDDEN":
      return { code: "auth.forbidden" };
    case "NOT_FOUND":
      return { code: "notFound" };
    case "TOO_MANY_REQUESTS":
      return { code: "rateLimited" };
    default:
      return { code: "internal" };
  }
}

function describe(app: AppErrorData, locale: "ru" | "en"): string {
  const head = translate(locale, `errors:codes.${app.code}`, app.params);
  const fieldLines = Object.entries(app.fields ?? {}).map(([field, fieldError]) =>
    translate(locale, `errors:fields.${fieldError.code}`, {
      field: translate(locale, `errors:fieldNames.${field}`).replace(/^errors:fieldNames\./, ""),
      ...fieldError.params,
    }),
  );
  return [head, ...fieldLines].join(" ");
}

// The first middleware of every procedure: whatever failed below it (input validation, access,
// a domain error, a bug) leaves as a tRPC error with a translated message and `data.app`.
const translateErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) return result;
  const error = result.error;
  const app = appErrorOf(error);
  const code = error.cause instanceof AppError ? trpcCodeFor[error.cause.code] : error.code;
  const cause = new ClientFacingError(app, describe(app, ctx.locale), error.cause ?? error);
  throw new TRPCError({ code, message: cause.message, cause });
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.meta({ access: "public" }).use(translateErrors);

/** Any signed-in person; `ctx.user` is set. */
export const signedInProcedure = t.procedure
  .meta({ access: "signedIn" })
  .use(translateErrors)
  .use(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED" });
    return next({ ctx: { ...ctx, user: ctx.user } });
  });

/** Organisers of the exhibition only. */
export const organiserProcedure = signedInProcedure.meta({ access: "organiser" }).use(({ ctx, next }) => {
  if (ctx.user.role !== "organiser") throw new TRPCError({ code: "FORBIDDEN" });
  return next();
});

function exhibitorIdOf(raw: unknown): unknown {
  return typeof raw === "object" && raw !== null && "exhibitorId" in raw ? raw.exhibitorId : undefined;
}

/**
 * Owners and staff of the exhibitor the input names (`input.exhibitorId`); `ctx.membership`
 * is set. Checked before the input is parsed, so a stranger learns nothing from validation.
 * Procedures that take other ids (a material, an invite) must still check they belong to it.
 */
export const memberProcedure = signedInProcedure
  .meta({ access: "member" })
  .use(async ({ ctx, getRawInput, next }) => {
    const exhibitorId = exhibitorIdOf(await getRawInput());
    const membership = ctx.user.memberships.find((m) => m.exhibitorId === exhibitorId);
    if (!membership) throw new TRPCError({ code: "FORBIDDEN" });
    return next({ ctx: { ...ctx, membership } });
  });

/** Owners of the exhibitor the input names. */
export const ownerProcedure = memberProcedure.meta({ access: "owner" }).use(({ ctx, next }) => {
  if (ctx.membership.role !== "owner") throw new AppError("cabinet.ownerRequired");
  return next();
});
