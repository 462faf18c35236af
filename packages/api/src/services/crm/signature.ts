/**
 * How a CRM knows a webhook came from us: X-Pavilion-Signature is "sha256=" and the hex
 * HMAC-SHA256 of `${X-Pavilion-Timestamp}.${raw body}` under the webhook's secret. The timestamp
 * (Unix seconds) is signed too, so a receiver can refuse old replays.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A new webhook secret: 32 random bytes as 64 hex characters. */
export function newWebhookSecret(): string {
  return randomBytes(32).toString("hex");
}

/** What the cabinet shows of a saved secret: its last four characters. */
export function secretHint(secret: string): string {
  return `…${secret.slice(-4)}`;
}

/** The X-Pavilion-Signature value for a body sent at `timestamp` (Unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does: true when the signature matches the body and the timestamp (constant time). */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return /^\d+$/.test(timestamp) && given.length === expected.length && timingSafeEqual(given, expected);
}

/** The headers of one webhook request. */
export function webhookHeaders(input: {
  secret: string;
  deliveryId: string;
  event: string;
  body: string;
  now: Date;
}): Record<string, string> {
  const timestamp = Math.floor(input.now.getTime() / 1000);
  return {
    "Content-Type": "application/json",
    "User-Agent": "Pavilion-Webhook/1",
    "X-Pavilion-Event": input.event,
    "X-Pavilion-Delivery": input.deliveryId,
    "X-Pavilion-Timestamp": String(timestamp),
    "X-Pavilion-Signature": signWebhook(input.secret, timestamp, input.body),
  };
}
