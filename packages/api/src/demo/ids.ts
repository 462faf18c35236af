/** Stable ids for demo rows: a name always maps to the same UUID, on any machine. */
import { createHash } from "node:crypto";

// A fixed namespace for the demo (a random UUID chosen once); changing it changes every demo id.
const DEMO_NAMESPACE = Buffer.from("6f1d4f0e8a3b4c2e9b7a5d3c1e0f2a4b", "hex");

/** A name-based UUID (version 5: SHA-1 of the demo namespace and the name). */
export function demoId(name: string): string {
  const hash = createHash("sha1").update(DEMO_NAMESPACE).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
