import { createHash, randomBytes } from "node:crypto";

/** A fresh unguessable token (256 bits, base64url) for cookies and e-mailed links. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database stores instead of a token, so a leaked table cannot be replayed. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
