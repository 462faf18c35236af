import { z } from "zod";
import { emailSchema, idSchema, localeSchema, passwordSchema, personNameSchema } from "./common.ts";

export const signUpInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema,
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1).max(128),
});
export type SignInInput = z.infer<typeof signInInput>;

export const requestPasswordResetInput = z.object({ email: emailSchema, locale: localeSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;

export const resetPasswordInput = z.object({
  token: z.string().min(16).max(200),
  password: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const userRoleSchema = z.enum(["visitor", "organiser"]);
export const memberRoleSchema = z.enum(["owner", "staff"]);

export const membershipSchema = z.object({
  exhibitorId: idSchema,
  exhibitorName: z.object({ ru: z.string(), en: z.string() }),
  role: memberRoleSchema,
});

/** The signed-in person as the web app sees them. */
export const sessionUserSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  locale: localeSchema,
  role: userRoleSchema,
  memberships: z.array(membershipSchema),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const setLocaleInput = z.object({ locale: localeSchema });
