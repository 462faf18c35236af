/**
 * The chat part of the bench. Receivers sit in the booth's room; senders post through the API
 * in steps of 10 s at a steady rate, each step with people of its own (the per-person limit).
 * A step counts every message at every receiver. A ramp of rising rates stops at the first
 * step that loses a message or falls behind.
 */
import os from "node:os";
import type { LiveKitConfig } from "@pavilion/livekit";
import { apiSender, type ChatStepPlan, directSender, runChatStep, sendersFor } from "./chat-load.ts";
import { coresBusy, coresBusyOutsideBench, cpuSnapshot } from "./cpu-usage.ts";
import type { ReceiverPool } from "./receiver-pool.ts";
import { cpuBusyPct, percentile, round } from "./report.ts";

/** How long receivers may take to get a step's last messages. */
const DRAIN_TIMEOUT_MS = 10_000;
/** A step is sustained when nothing is lost, at least this share of the offered rate is delivered... */
const KEPT_UP_SHARE = 0.95;
/** ...and the queues did not grow: 99 % of the messages arrive within this. */
const KEPT_UP_P99_MS = 1_000;

export interface ChatTarget {
  baseUrl: string;
  exhibitorId: string;
  /** The booth's room, for sends that skip the API. */
  livekit: LiveKitConfig;
  room: string;
  receivers: ReceiverPool;
}

/** People who may send: each step takes fresh ones (the per-person limit). */
export class SenderSessions {
  private readonly tokens: string[];
  constructor(tokens: string[]) {
    this.tokens = [...tokens];
  }
  take(count: number): string[] {
    if (this.tokens.length < count) throw new Error("not enough sender sessions for the plan");
    return this.tokens.splice(0, count);
  }
}

/** Sessions needed for steps at these rates (2 people per message a second of each step). */
export function sessionsNeeded(rates: number[]): number {
  return rates.reduce((sum, rate) => sum + sendersFor(rate), 0);
}

export type ChatStepFigures = Awaited<ReturnType<typeof measureStep>>;

/** One 10 s step at `rate` messages a second through the API, counted at every receiver. */
export function measureRate(target: ChatTarget, sessions: SenderSessions, label: string, rate: number) {
  const tokens = sessions.take(sendersFor(rate));
  const send = apiSender(target.baseUrl, target.exhibitorId, tokens);
  return measureStep(target, { senders: tokens.length, label, send });
}

/** Steps at rising rates through the API until one is not sustained. */
export function measureRamp(target: ChatTarget, sessions: SenderSessions, label: string, rates: number[]) {
  return ramp(rates, (rate, i) => measureRate(target, sessions, `${label}${i}`, rate));
}

/** Steps at rising rates published straight into the room (no API) until one is not sustained. */
export function measureDirectRamp(target: ChatTarget, label: string, rates: number[]) {
  const send = directSender(target.livekit, target.room);
  return ramp(rates, (rate, i) =>
    measureStep(target, { senders: sendersFor(rate), label: `${label}${i}`, send }),
  );
}

/** Runs steps at rising rates until one is not sustained; the best sustained delivered rate. */
async function ramp(rates: number[], measure: (rate: number, index: number) => Promise<ChatStepFigures>) {
  const steps: ChatStepFigures[] = [];
  for (const [i, rate] of rates.entries()) {
    const step = await measure(rate, i);
    steps.push(step);
    console.log(
      `bench:live: chat ${step.offeredPerSec}/s offered, ${step.deliveredPerSec}/s delivered, ` +
        `p99 ${step.latencyP99Ms} ms, lost ${step.lost}: ${step.pass ? "sustained" : "not sustained, ramp stops"}`,
    );
    if (!step.pass) break;
  }
  const best = steps.filter((step) => step.pass).at(-1);
  return { sustainedPerSec: best?.deliveredPerSec ?? 0, steps };
}

async function measureStep(target: ChatTarget, plan: ChatStepPlan) {
  const cpuBefore = cpuSnapshot();
  const machineBefore = os.cpus();
  const sent = await runChatStep(plan);
  const report = await target.receivers.collect(plan.label, sent.accepted, DRAIN_TIMEOUT_MS);
  const cores = coresBusy(cpuBefore, cpuSnapshot());
  const machineBusyPct = cpuBusyPct(machineBefore, os.cpus());
  const failed = Object.values(sent.failures).reduce((sum, n) => sum + n, 0);
  const lost = failed + report.missing;
  // From the first send to the last arrival at the last receiver.
  const spanSeconds = (report.lastReceiptAt - sent.firstSendAt) / 1000;
  const deliveredPerSec = lost === 0 && spanSeconds > 0 ? round(sent.accepted.length / spanSeconds) : 0;
  return {
    offeredPerSec: round(sent.offeredPerSec),
    senders: plan.senders,
    messages: sent.attempted,
    accepted: sent.accepted.length,
    sendFailures: sent.failures,
    deliveriesExpected: report.expected,
    deliveries: report.delivered,
    deliveriesMissing: report.missing,
    duplicates: report.duplicates,
    unexpected: report.unexpected,
    lost,
    deliveredPerSec,
    latencyP50Ms: round(percentile(report.latenciesMs, 50)),
    latencyP90Ms: round(percentile(report.latenciesMs, 90)),
    latencyP99Ms: round(percentile(report.latenciesMs, 99)),
    latencyMaxMs: round(percentile(report.latenciesMs, 100)),
    apiP50Ms: round(percentile(sent.apiLatenciesMs, 50)),
    apiP99Ms: round(percentile(sent.apiLatenciesMs, 99)),
    pass:
      lost === 0 &&
      deliveredPerSec >= KEPT_UP_SHARE * sent.offeredPerSec &&
      percentile(report.latenciesMs, 99) <= KEPT_UP_P99_MS,
    coresBusy: cores,
    machineBusyPct,
    coresBusyOutsideBench: coresBusyOutsideBench(cores, machineBusyPct, machineBefore.length),
  };
}
