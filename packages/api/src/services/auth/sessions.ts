/**
 * Sessions: a random token in an HttpOnly cookie, its SHA-256 in the database.
 * Sliding expiry: a session used in the second half of its life is extended.
 */
import type { Database } from "@pavilion/db";
import { hashToken, newToken } from "./tokens.ts";

export const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

/** Starts a session for the user and returns the token to put in the cookie. */
export async function createSession(
  db: Database,
  userId: string,
  now: Date,
  userAgent: string | null,
): Promise<IssuedSession> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
  await db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      user_agent: userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

export interface ValidSession {
  userId: string;
  /** Set when the expiry moved and the cookie should be re-issued. */
  renewedUntil: Date | null;
}

/** Finds the live session behind a cookie token, extending it when half used; null if none. */
export async function validateSession(db: Database, token: string, now: Date): Promise<ValidSession | null> {
  const id = hashToken(token);
  const row = await db
    .selectFrom("sessions")
    .select(["user_id", "expires_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const expiresAt = new Date(row.expires_at);
  if (expiresAt <= now) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  if (expiresAt.getTime() - now.getTime() > (SESSION_DAYS / 2) * DAY_MS) {
    return { userId: row.user_id, renewedUntil: null };
  }
  const renewedUntil = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
  await db
    .updateTable("sessions")
    .set({ expires_at: renewedUntil.toISOString() })
    .where("id", "=", id)
    .execute();
  return { userId: row.user_id, renewedUntil };
}

/** Ends the session behind a cookie token (signing out). */
export async function deleteSession(db: Database, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", hashToken(token)).execute();
}

/** Ends every session of a user (after a password change). */
export async function deleteUserSessions(db: Database, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
