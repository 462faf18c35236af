import { z } from "zod";

export const locales = ["ru", "en"] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const idSchema = z.string().uuid();

/** An e-mail address, trimmed and lower-cased so the same person is the same account. */
export const emailSchema = z
  .string()
  .trim()
  .min(1)
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

export const passwordSchema = z.string().min(8).max(128);

export const personNameSchema = z.string().trim().min(1).max(100);

/** Text an exhibitor or organiser writes in both languages; either may be empty, not both. */
export const bilingualTextSchema = z.object({ ru: z.string().trim(), en: z.string().trim() });
export type BilingualText = z.infer<typeof bilingualTextSchema>;
