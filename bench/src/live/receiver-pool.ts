/**
 * The bench's side of the receivers: forks receiver processes, hands each its share of the
 * tokens, and merges what they saw.
 */
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FromReceivers, ReceiverReport, ToReceivers } from "./receiver-protocol.ts";

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "receivers-process.ts");
const ANSWER_TIMEOUT_MS = 120_000;

export interface ReceiverPool {
  collect(label: string, sent: Array<[string, number]>, timeoutMs: number): Promise<ReceiverReport>;
  stop(): Promise<void>;
}

class ReceiverProcess {
  readonly child: ChildProcess;
  private readonly exited: Promise<void>;

  constructor() {
    this.child = fork(script, [], {
      // NODE_ENV=production keeps @livekit/rtc-node's logger at info.
      env: { ...process.env, NODE_ENV: "production" },
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.exited = new Promise((resolve) => this.child.once("exit", () => resolve()));
  }

  ask(message: ToReceivers, timeoutMs = ANSWER_TIMEOUT_MS): Promise<FromReceivers> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`receivers did not answer ${message.type}`)), timeoutMs);
      const onMessage = (answer: FromReceivers) => done(null, answer);
      const onExit = (code: number | null) => done(new Error(`receiver process exited (${code})`));
      const done = (error: Error | null, answer?: FromReceivers) => {
        clearTimeout(timer);
        this.child.off("message", onMessage);
        this.child.off("exit", onExit);
        if (error) reject(error);
        else if (answer?.type === "failed") reject(new Error(`receiver process: ${answer.message}`));
        else resolve(answer as FromReceivers);
      };
      this.child.on("message", onMessage);
      this.child.once("exit", onExit);
      this.child.send(message);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await this.ask({ type: "leave" }, 15_000).catch(() => undefined);
    const gone = await Promise.race([this.exited.then(() => true), sleep(5_000)]);
    if (!gone) {
      this.child.kill("SIGKILL");
      await this.exited;
    }
  }
}

function sleep(ms: number): Promise<false> {
  return new Promise((resolve) => setTimeout(() => resolve(false), ms));
}

/** Joins every token's participant, spread over `processes` processes; resolves once all are in. */
export async function startReceivers(
  url: string,
  tokens: string[],
  processes: number,
): Promise<ReceiverPool> {
  const pool = Array.from({ length: processes }, () => new ReceiverProcess());
  const killAll = () => {
    for (const member of pool) member.child.kill("SIGKILL");
  };
  process.once("exit", killAll);
  const stop = async () => {
    await Promise.all(pool.map((member) => member.stop()));
    process.removeListener("exit", killAll);
  };
  try {
    const shares = pool.map((_, i) => tokens.filter((_, k) => k % processes === i));
    const joined = await Promise.all(
      pool.map((member, i) => member.ask({ type: "join", url, tokens: shares[i] ?? [] })),
    );
    const count = joined.reduce((sum, answer) => sum + (answer.type === "joined" ? answer.count : 0), 0);
    if (count !== tokens.length) throw new Error(`only ${count} of ${tokens.length} receivers joined`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    stop,
    async collect(label, sent, timeoutMs) {
      const answers = await Promise.all(
        pool.map((member) =>
          member.ask({ type: "collect", label, sent, timeoutMs }, timeoutMs + ANSWER_TIMEOUT_MS),
        ),
      );
      return mergeReports(answers.map((answer) => (answer.type === "collected" ? answer.report : null)));
    },
  };
}

function mergeReports(reports: Array<ReceiverReport | null>): ReceiverReport {
  const merged: ReceiverReport = {
    ...{ receivers: 0, expected: 0, delivered: 0, missing: 0, duplicates: 0, unexpected: 0 },
    ...{ latenciesMs: new Float64Array(0), lastReceiptAt: 0 },
  };
  const latencies: Float64Array[] = [];
  for (const report of reports) {
    if (!report) throw new Error("a receiver process gave no report");
    merged.receivers += report.receivers;
    merged.expected += report.expected;
    merged.delivered += report.delivered;
    merged.missing += report.missing;
    merged.duplicates += report.duplicates;
    merged.unexpected += report.unexpected;
    merged.lastReceiptAt = Math.max(merged.lastReceiptAt, report.lastReceiptAt);
    latencies.push(report.latenciesMs);
  }
  const all = new Float64Array(latencies.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of latencies) {
    all.set(part, offset);
    offset += part.length;
  }
  merged.latenciesMs = all;
  return merged;
}
