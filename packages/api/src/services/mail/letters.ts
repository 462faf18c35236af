import { type SupportedLocale, translate } from "@pavilion/i18n";
import type { OutgoingMail } from "./mailer.ts";

type LetterName = "welcome" | "passwordReset" | "staffInvite" | "exhibitorApproved" | "exhibitorRejected";

/** Composes a letter from the e-mail catalogue in the reader's language. */
export function composeLetter(
  name: LetterName,
  locale: SupportedLocale,
  to: string,
  params: Record<string, string | number>,
): OutgoingMail {
  const subject = translate(locale, `email:${name}.subject`, params);
  const body = translate(locale, `email:${name}.body`, params);
  const signature = translate(locale, "email:signature", params);
  return { to, subject, text: `${body}\n--\n${signature}\n` };
}
