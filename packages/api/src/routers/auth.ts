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
import { loadSessionUser, setUserLocale, signIn, signUp } from "../services/auth/accounts.ts";
import { requestPasswordReset, resetPassword } from "../services/auth/password-reset.ts";
import { createSession, deleteSession } from "../services/auth/sessions.ts";
import { currentExhibition } from "../services/exhibition/overview.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

async function startSession(ctx: Context, userId: string) {
  const session = await createSession(ctx.services.db, userId, ctx.services.now(), ctx.userAgent);
  ctx.cookie.write(session.token, session.expiresAt);
  const user = await loadSessionUser(ctx.services.db, userId);
  if (!user) throw new Error("user vanished while signing in");
  return user;
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
      const user = await signIn(ctx.services.db, input);
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
