/**
 * The bench's side of the receivers: starts receiver processes (bench/go-receiver), hands each
 * its share of the tokens, and merges what they saw.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { FromReceivers, ReceiverReport, ToReceivers } from "./receiver-protocol.ts";

const ANSWER_TIMEOUT_MS = 120_000;

export interface ReceiverPool {
  collect(label: string, sent: Array<[string, number]>, timeoutMs: number): Promise<ReceiverReport>;
  stop(): Promise<void>;
}

class ReceiverProcess {
  readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private waiting: ((answer: FromReceivers) => void) | null = null;

  constructor(binary: string) {
    this.child = spawn(binary, [], { stdio: ["pipe", "pipe", "inherit"] });
    this.exited = new Promise((resolve) => this.child.once("exit", () => resolve()));
    // One answer line per request, in order.
    createInterface({ input: this.child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      this.waiting?.(JSON.parse(line) as FromReceivers);
    });
    // A receiver that died or never started is reported by ask() (exit or timeout).
    this.child.stdin?.on("error", () => undefined);
    this.child.on("error", (error) => console.error(`bench:live: receiver process: ${error.message}`));
  }

  ask(message: ToReceivers, timeoutMs = ANSWER_TIMEOUT_MS): Promise<FromReceivers> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // A late answer would be taken for the next one's: this process is done.
        this.child.kill("SIGKILL");
        done(new Error(`receivers did not answer ${message.type}`));
      }, timeoutMs);
      const onExit = (code: number | null) => done(new Error(`receiver process exited (${code})`));
      const done = (error: Error | null, answer?: FromReceivers) => {
        clearTimeout(timer);
        this.waiting = null;
        this.child.off("exit", onExit);
        if (error) reject(error);
        else if (answer?.type === "failed") reject(new Error(`receiver process: ${answer.message}`));
        else resolve(answer as FromReceivers);
      };
      this.waiting = (answer) => done(null, answer);
      this.child.once("exit", onExit);
      this.child.stdin?.write(`${JSON.stringify(message)}\n`);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await this.ask({ type: "leave" }, 15_000).catch(() => undefined);
    this.child.stdin?.end();
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
  binary: string,
  url: string,
  tokens: string[],
  processes: number,
): Promise<ReceiverPool> {
  const pool = Array.from({ length: processes }, () => new ReceiverProcess(binary));
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
    ...{ latenciesMs: [], lastReceiptAt: 0 },
  };
  for (const report of reports) {
    if (!report) throw new Error("a receiver process gave no report");
    merged.receivers += report.receivers;
    merged.expected += report.expected;
    merged.delivered += report.delivered;
    merged.missing += report.missing;
    merged.duplicates += report.duplicates;
    merged.unexpected += report.unexpected;
    merged.lastReceiptAt = Math.max(merged.lastReceiptAt, report.lastReceiptAt);
    merged.latenciesMs = merged.latenciesMs.concat(report.latenciesMs);
  }
  return merged;
}
