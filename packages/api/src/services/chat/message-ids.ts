/**
 * Ids for chat messages that sort in the order this process made them: UUID version 7, whose
 * 12 bits after the millisecond count up within a millisecond (RFC 9562, method 1), so messages
 * stored with the same timestamp still come back in the order they were sent.
 */
import { randomBytes } from "node:crypto";

const COUNTER_MAX = 0xfff;

let lastMs = 0;
let counter = 0;

/** A new UUIDv7, greater than every one this process made before. */
export function sequentialId(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    // Start in the lower half, leaving room to count up within the millisecond.
    counter = randomBytes(2).readUInt16BE() & 0x7ff;
  } else if (counter < COUNTER_MAX) {
    counter += 1;
  } else {
    // More than 2,048 ids in a millisecond: borrow the next one.
    lastMs += 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes.writeUInt16BE(0x7000 | counter, 6);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
