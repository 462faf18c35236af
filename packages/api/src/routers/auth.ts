import {
  requestPasswordResetInput,
  resetPasswordInput,
  sessionUserSchema,
  setLocaleInput,
  signInInput,
  signUpInput,
} from "@pavilion/schema";
import { z } from "zod";
import type { Context } from "../context.ts";
import { InvalidCredentialsError } from "../errors.ts";
import { loadSessionUser, setUserLocale, signIn, signUp } from "../services/auth/accounts.ts";
import { requestPasswordReset, resetPassword } from "../services/auth/password-reset.ts";
import { createSession, deleteSession } from "../services/auth/sessions.ts";
import { currentExhibition } from "../services/exhibition/overview.ts";
import {
  assertUnderRateLimit,
  enforceRateLimit,
  type RateRule,
  rateRules,
} from "../services/limits/rate-limit.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

async function startSession(ctx: Context, userId: string) {
  const session = await createSession(ctx.services.db, userId, ctx.services.now(), ctx.userAgent);
  ctx.cookie.write(session.token, session.expiresAt);
  const user = await loadSessionUser(ctx.services.db, userId);
  if (!user) throw new Error("user vanished while signing in");
  return user;
}

/** Counts one attempt against a rule for a subject; a missing subject (no address known) is not limited. */
async function limit(ctx: Context, rule: RateRule, subject: string | null) {
  if (subject) await enforceRateLimit(ctx.services.db, rule, subject, ctx.services.now());
}

/** Signs in unless the account or the address failed too often lately; failures count against both. */
async function guardedSignIn(ctx: Context, input: { email: string; password: string }) {
  const subjects = [
    [rateRules.failedSignInPerEmail, input.email],
    [rateRules.failedSignInPerIp, ctx.ip],
  ] as const;
  for (const [rule, subject] of subjects) {
    if (subject) await assertUnderRateLimit(ctx.services.db, rule, subject, ctx.services.now());
  }
  try {
    return await signIn(ctx.services.db, input);
  } catch (error) {
    if (error instanceof InvalidCredentialsError) {
      for (const [rule, subject] of subjects) await limit(ctx, rule, subject).catch(() => undefined);
    }
    throw error;
  }
}

export const authRouter = router({
  me: publicProcedure.output(sessionUserSchema.nullable()).query(({ ctx }) => ctx.user),

  signUp: publicProcedure
    .input(signUpInput)
    .output(sessionUserSchema)
    .mutation(async ({ ctx, input }) => {
      const user = await signUp(ctx.services.db, input, ctx.services.now());
      return startSession(ctx, user.id);
    }),

  signIn: publicProcedure
    .input(signInInput)
    .output(sessionUserSchema)
    .mutation(async ({ ctx, input }) => {
      const user = await guardedSignIn(ctx, input);
      return startSession(ctx, user.id);
    }),

  signOut: signedInProcedure.output(z.void()).mutation(async ({ ctx }) => {
    const token = ctx.cookie.read();
    if (token) await deleteSession(ctx.services.db, token);
    ctx.cookie.clear();
  }),

  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .output(z.void())
    .mutation(async ({ ctx, input }) => {
      await limit(ctx, rateRules.passwordResetPerEmail, input.email);
      const exhibition = await currentExhibition(ctx.services.db).catch(() => null);
      const name = exhibition
        ? input.locale === "ru"
          ? exhibition.name_ru
          : exhibition.name_en
        : "Pavilion";
      await requestPasswordReset(ctx.services.db, ctx.services.mailer, input, ctx.services.now(), {
        publicUrl: ctx.services.config.publicUrl,
        exhibitionName: name,
      });
    }),

  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .output(sessionUserSchema)
    .mutation(async ({ ctx, input }) => {
      const userId = await resetPassword(ctx.services.db, input, ctx.services.now());
      return startSession(ctx, userId);
    }),

  setLocale: signedInProcedure
    .input(setLocaleInput)
    .output(z.void())
    .mutation(async ({ ctx, input }) => {
      await setUserLocale(ctx.services.db, ctx.user.id, input.locale, ctx.services.now());
    }),
});
