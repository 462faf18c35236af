/**
 * What the bench and its receiver processes (bench/go-receiver) say to each other: one JSON
 * object per line, requests on the receiver's stdin, one answer per request on its stdout.
 * Receivers run in their own processes so that their work (thousands of data packets a second)
 * does not delay the senders' clocks, and the other way round.
 */

/** Milliseconds since the epoch with sub-millisecond precision, comparable across processes. */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** The chat body the bench sends for a message key; receivers read the key back from it. */
export function benchBody(key: string): string {
  return `bench ${key}`;
}

export type ToReceivers =
  | { type: "join"; url: string; tokens: string[] }
  /**
   * Wait until every receiver has every message of `sent` (key, send time) or the timeout;
   * `label` is the prefix of the keys of this step.
   */
  | { type: "collect"; label: string; sent: Array<[string, number]>; timeoutMs: number }
  | { type: "leave" };

export type FromReceivers =
  | { type: "joined"; count: number }
  | { type: "collected"; report: ReceiverReport }
  | { type: "left" }
  | { type: "failed"; message: string };

export interface ReceiverReport {
  receivers: number;
  /** Deliveries expected: messages times receivers. */
  expected: number;
  delivered: number;
  /** Expected deliveries that never arrived. */
  missing: number;
  /** Copies of this step's messages a receiver got more than once. */
  duplicates: number;
  /** Messages of this step that were not sent as far as the bench knows (should be none). */
  unexpected: number;
  /** Receipt minus send start, in ms (to the µs), one per delivery. */
  latenciesMs: number[];
  /** Wall time of the last delivery (0 when none). */
  lastReceiptAt: number;
}
