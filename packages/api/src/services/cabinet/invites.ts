/**
 * Invitations to an exhibitor's team: a link with a random token (only its hash is
 * stored, as for password resets), valid for a week and good for one use.
 */
import type { Database, Locale, MemberRole } from "@pavilion/db";
import { translate } from "@pavilion/i18n";
import type { invitePreviewSchema } from "@pavilion/schema";
import type { z } from "zod";
import { AppError, NotFoundError } from "../../errors.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import { inTransaction } from "../floor/placement.ts";
import { composeLetter } from "../mail/letters.ts";
import type { Mailer } from "../mail/mailer.ts";
import { companyName, exhibitionName, inLanguage } from "./names.ts";

export const INVITE_DAYS = 7;

/** Who sends an invitation, as the letter names them. */
export interface Inviter {
  id: string;
  name: string;
  locale: Locale;
}

/** Where links in letters point, e.g. http://localhost:3000. */
export interface LinkBase {
  publicUrl: string;
}

async function refuseMember(db: Database, exhibitorId: string, email: string): Promise<void> {
  const member = await db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select("members.user_id")
    .where("members.exhibitor_id", "=", exhibitorId)
    .where("users.email", "=", email)
    .executeTakeFirst();
  if (member) throw new AppError("cabinet.alreadyMember", undefined, { email });
}

/**
 * Invites a person by e-mail (replacing an open invitation to the same address) and
 * mails them the link, in their language when they have an account, else the inviter's.
 */
export async function inviteToTeam(
  db: Database,
  mailer: Mailer,
  invitation: { exhibitorId: string; email: string; role: MemberRole; inviter: Inviter },
  now: Date,
  link: LinkBase,
): Promise<void> {
  const { exhibitorId, email, role, inviter } = invitation;
  const token = newToken();
  await inTransaction(db, async (trx) => {
    await refuseMember(trx, exhibitorId, email);
    await trx
      .updateTable("staff_invites")
      .set({ revoked_at: now.toISOString() })
      .where("exhibitor_id", "=", exhibitorId)
      .where("email", "=", email)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .execute();
    await trx
      .insertInto("staff_invites")
      .values({
        ...{ id: crypto.randomUUID(), exhibitor_id: exhibitorId, email, role },
        ...{ token_hash: hashToken(token), invited_by: inviter.id, created_at: now.toISOString() },
        expires_at: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString(),
        ...{ accepted_at: null, accepted_by: null, revoked_at: null },
      })
      .execute();
  });
  const invitee = await db.selectFrom("users").select("locale").where("email", "=", email).executeTakeFirst();
  const locale = invitee?.locale ?? inviter.locale;
  const [company, exhibition] = await Promise.all([companyName(db, exhibitorId), exhibitionName(db)]);
  await mailer.send(
    composeLetter("staffInvite", locale, email, {
      ...{ inviter: inviter.name, company: inLanguage(company, locale) },
      ...{ exhibition: inLanguage(exhibition, locale), days: INVITE_DAYS },
      role: translate(locale, `email:roles.${role}`),
      url: `${link.publicUrl.replace(/\/$/, "")}/invite/${token}`,
    }),
  );
}

/** Withdraws an open invitation of this exhibitor; NotFoundError for any other. */
export async function revokeInvite(
  db: Database,
  exhibitorId: string,
  inviteId: string,
  now: Date,
): Promise<void> {
  const revoked = await db
    .updateTable("staff_invites")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", inviteId)
    .where("exhibitor_id", "=", exhibitorId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (Number(revoked.numUpdatedRows) !== 1) throw new NotFoundError("invite");
}

/** The open, unexpired invitation a token names; invite.invalid / invite.expired otherwise. */
async function openInvite(db: Database, token: string, now: Date) {
  const invite = await db
    .selectFrom("staff_invites")
    .select(["id", "exhibitor_id", "email", "role", "expires_at", "accepted_at", "revoked_at"])
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!invite || invite.accepted_at || invite.revoked_at) throw new AppError("invite.invalid");
  if (new Date(invite.expires_at) <= now) throw new AppError("invite.expired");
  return invite;
}

/** What an invitation link offers, for the page that asks to accept it. */
export async function previewInvite(
  db: Database,
  token: string,
  now: Date,
): Promise<z.infer<typeof invitePreviewSchema>> {
  const invite = await openInvite(db, token, now);
  return {
    exhibitorName: await companyName(db, invite.exhibitor_id),
    email: invite.email,
    role: invite.role,
  };
}

/**
 * Joins the signed-in person to the team the invitation names, once, when they are signed
 * in with the address it was sent to (a forwarded link is not enough); returns the exhibitor's id.
 */
export async function acceptInvite(
  db: Database,
  user: { id: string; email: string },
  token: string,
  now: Date,
): Promise<string> {
  const userId = user.id;
  return inTransaction(db, async (trx) => {
    const invite = await openInvite(trx, token, now);
    if (invite.email !== user.email)
      throw new AppError("invite.wrongAccount", undefined, { email: invite.email });
    const member = await trx
      .selectFrom("members")
      .select("role")
      .where("exhibitor_id", "=", invite.exhibitor_id)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (member) throw new AppError("invite.alreadyMember");
    const claimed = await trx
      .updateTable("staff_invites")
      .set({ accepted_at: now.toISOString(), accepted_by: userId })
      .where("id", "=", invite.id)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new AppError("invite.invalid");
    await trx
      .insertInto("members")
      .values({
        exhibitor_id: invite.exhibitor_id,
        user_id: userId,
        role: invite.role,
        created_at: now.toISOString(),
      })
      .execute();
    return invite.exhibitor_id;
  });
}
