import type { Database } from "@pavilion/db";
import type { RequestPasswordResetInput, ResetPasswordInput } from "@pavilion/schema";
import { ResetLinkExpiredError, ResetLinkInvalidError } from "../../errors.ts";
import { composeLetter } from "../mail/letters.ts";
import type { Mailer } from "../mail/mailer.ts";
import { hashPassword } from "./password.ts";
import { deleteUserSessions } from "./sessions.ts";
import { hashToken, newToken } from "./tokens.ts";

export const RESET_LINK_HOURS = 2;

export interface ResetLinkContext {
  publicUrl: string;
  exhibitionName: string;
}

/** E-mails a reset link if the account exists; says nothing either way, so accounts cannot be probed. */
export async function requestPasswordReset(
  db: Database,
  mailer: Mailer,
  input: RequestPasswordResetInput,
  now: Date,
  link: ResetLinkContext,
): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select(["id", "name", "email"])
    .where("email", "=", input.email)
    .executeTakeFirst();
  if (!user) return;
  const token = newToken();
  await db
    .insertInto("password_resets")
    .values({
      token_hash: hashToken(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + RESET_LINK_HOURS * 3600_000).toISOString(),
      used_at: null,
    })
    .execute();
  const url = `${link.publicUrl.replace(/\/$/, "")}/reset-password?token=${token}`;
  await mailer.send(
    composeLetter("passwordReset", input.locale, user.email, {
      name: user.name,
      url,
      hours: RESET_LINK_HOURS,
      exhibition: link.exhibitionName,
    }),
  );
}

/** Sets a new password from a reset link, once; signs the user out everywhere. Returns the user id. */
export async function resetPassword(db: Database, input: ResetPasswordInput, now: Date): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (tx) => {
    const reset = await tx
      .selectFrom("password_resets")
      .select(["token_hash", "user_id", "expires_at", "used_at"])
      .where("token_hash", "=", hashToken(input.token))
      .executeTakeFirst();
    if (!reset || reset.used_at) throw new ResetLinkInvalidError();
    if (new Date(reset.expires_at) <= now) throw new ResetLinkExpiredError();
    const claimed = await tx
      .updateTable("password_resets")
      .set({ used_at: now.toISOString() })
      .where("token_hash", "=", reset.token_hash)
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new ResetLinkInvalidError();
    await tx
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: now.toISOString() })
      .where("id", "=", reset.user_id)
      .execute();
    await deleteUserSessions(tx, reset.user_id);
    return reset.user_id;
  });
}
