/**
 * `pnpm bench:live`: starts a LiveKit server and the app on loopback, then
 * 1. chat: RECEIVERS subscribe-only participants (bench/go-receiver: Go, LiveKit's server-sdk-go)
 *    join a booth's room while signed-in visitors post through the API (tRPC chat.send over
 *    HTTP), which stores each message and publishes it to the room; every message is counted at
 *    every receiver, and its latency runs from the start of the sender's API call to its arrival
 *    (chat-bench.ts); then the same packets are published straight into the room, without the
 *    API, to tell the API's limit from LiveKit's and the receivers';
 * 2. webinar: `lk load-test` puts 1 video publisher and WEBINAR_SUBSCRIBERS subscribers into an
 *    event's room and reports the subscribers reached and the packets lost (webinar.ts);
 * and writes bench/results/live.json with the figures, where the CPU went, the machine, the
 * versions and the targets. Loopback only, bounded in time, cleans up after itself.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { boothRoomName, eventRoomName, mintToken } from "@pavilion/livekit";
import {
  type ChatTarget,
  measureDirectRamp,
  measureRamp,
  measureRate,
  SenderSessions,
  sessionsNeeded,
} from "./chat-bench.ts";
import { coresBusy, coresBusyOutsideBench, cpuSnapshot } from "./cpu-usage.ts";
import { prepareLiveData } from "./fixture.ts";
import { buildGoReceiver } from "./go-receiver.ts";
import { startReceivers } from "./receiver-pool.ts";
import { cpuBusyPct, machineInfo, round, versions } from "./report.ts";
import { startLiveStack } from "./stack.ts";
import { runWebinarLoad } from "./webinar.ts";

const RECEIVERS = 50;
/** Go receiver processes for the RECEIVERS (each runs many participants on its own threads). */
const RECEIVER_PROCESSES = 2;
/** Messages a second in the latency step: a very busy booth chat. */
const CHAT_LATENCY_RATE = 20;
const CHAT_RAMP_RATES = [25, 50, 75, 100, 150, 200, 250, 300, 350, 400];
/** Warms the senders' connections and the server up; not counted. */
const CHAT_WARM_UP_RATE = 25;
/**
 * A second ramp to the same receivers that publishes straight into the room as the API does
 * after storing a message: what LiveKit and the receivers sustain without the API.
 */
const DELIVERY_PATH_RATES = [150, 300, 450];
const WEBINAR_SUBSCRIBERS = 100;
const WEBINAR_SECONDS = 30;
const WEBINAR_RESOLUTION = "high";
const OVERALL_LIMIT_MS = 5 * 60_000;

const targets = {
  chatReceivers: { atLeast: 50 },
  chatLatencyP99Ms: { atMost: 150 },
  chatMessagesPerSec: { atLeast: 300 },
  webinarSubscribers: { atLeast: 100 },
  webinarPacketLossPct: { below: 1 },
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const lkBinary = path.join(repoRoot, ".tools/bin/lk");
const startedAt = new Date();

execFileSync("bash", [path.join(repoRoot, "scripts/ensure-lk.sh")], { stdio: "inherit" });
const receiverBinary = buildGoReceiver(repoRoot);

const senders = sessionsNeeded([CHAT_WARM_UP_RATE, CHAT_LATENCY_RATE, ...CHAT_RAMP_RATES]);
console.log(`bench:live: seeding the demo and ${senders} signed-in senders`);
const fixture = await prepareLiveData(senders);
const removeData = () => rmSync(fixture.dataDir, { recursive: true, force: true });
process.once("exit", removeData);
// Whatever hangs, the bench ends: the exit handlers kill every process it started.
setTimeout(() => {
  console.error(`bench:live: over ${OVERALL_LIMIT_MS / 60_000} minutes, giving up`);
  process.exit(2);
}, OVERALL_LIMIT_MS).unref();

const stack = await startLiveStack(repoRoot, fixture.dataDir, path.join(fixture.dataDir, "server.log"));
try {
  console.log(`bench:live: app at ${stack.baseUrl}, LiveKit at ${stack.livekit.url}`);
  const chat = await measureChat();
  console.log(
    `bench:live: webinar, 1 publisher and ${WEBINAR_SUBSCRIBERS} subscribers for ${WEBINAR_SECONDS} s`,
  );
  const webinar = await measureWebinar();
  const figures = {
    chatReceivers: RECEIVERS,
    chatLatencyRatePerSec: CHAT_LATENCY_RATE,
    chatLatencyP50Ms: chat.latency.latencyP50Ms,
    chatLatencyP99Ms: chat.latency.latencyP99Ms,
    chatMessagesPerSec: chat.ramp.sustainedPerSec,
    webinarPublishers: 1,
    webinarSubscribers: webinar.subscribers,
    webinarPacketLossPct: webinar.packetLossPct,
  };
  const checks = Object.fromEntries(
    Object.entries(targets).map(([name, target]) => {
      const actual = figures[name as keyof typeof figures];
      const pass =
        "atLeast" in target
          ? actual >= target.atLeast
          : "atMost" in target
            ? actual <= target.atMost
            : actual < target.below;
      return [name, { ...target, actual, pass }];
    }),
  );
  // A latency over messages that did not all arrive proves nothing.
  if (chat.latency.lost > 0 && checks.chatLatencyP99Ms) checks.chatLatencyP99Ms.pass = false;
  const finishedAt = new Date();
  const results = {
    ...figures,
    pass: Object.values(checks).every((check) => check.pass),
    targets: checks,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    benchSeconds: round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    machine: machineInfo(),
    versions: versions(repoRoot, stack.livekitBinary, lkBinary),
    chat: {
      how:
        `${RECEIVERS} subscribe-only participants in one booth room, run by ${RECEIVER_PROCESSES} Go processes ` +
        "(bench/go-receiver: LiveKit server-sdk-go over pion WebRTC, each participant its own signalling and peer connections, " +
        "every chat data packet JSON-decoded and timed on arrival); " +
        "signed-in visitors send through tRPC chat.send over HTTP, 2 per message/s of a step (5 messages per person per 10 s); " +
        "latency = arrival at a receiver - start of the API call, over every message at every receiver; " +
        "a ramp step is sustained when nothing is lost, the delivered rate is at least 95% of the offered one and p99 <= 1 s.",
      latencyStep: chat.latency,
      ramp: chat.ramp.steps,
      deliveryPath: {
        how:
          "the same receivers and schedule, the bench publishing each chat.message packet straight into the room " +
          "through LiveKit's room service (sendData, reliable, topic chat) as the API does after storing it: " +
          "LiveKit and the receivers without the API; latency from the start of the sendData call, apiP50Ms/apiP99Ms are its round trips",
        sustainedPerSec: chat.deliveryPath.sustainedPerSec,
        steps: chat.deliveryPath.steps,
      },
    },
    webinar: {
      how: `lk load-test, 1 video publisher (${WEBINAR_RESOLUTION}: H.264 simulcast up to 720p) and ${WEBINAR_SUBSCRIBERS} subscribers, ${WEBINAR_SECONDS} s`,
      ...webinar,
    },
  };
  mkdirSync(path.join(repoRoot, "bench/results"), { recursive: true });
  writeFileSync(path.join(repoRoot, "bench/results/live.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify({ ...figures, pass: results.pass }, null, 2));
} finally {
  await stack.stop();
  removeData();
}

async function measureChat() {
  const room = boothRoomName(fixture.exhibitorId);
  const sessions = new SenderSessions(fixture.senderTokens);
  console.log(`bench:live: ${RECEIVERS} receivers joining ${room}`);
  return withReceivers(room, RECEIVERS, RECEIVER_PROCESSES, async (target) => {
    const warmUp = await measureRate(target, sessions, "warm", CHAT_WARM_UP_RATE);
    if (warmUp.lost > 0)
      console.warn(`bench:live: the warm-up lost ${warmUp.lost}: ${JSON.stringify(warmUp.sendFailures)}`);
    const latency = await measureRate(target, sessions, "latency", CHAT_LATENCY_RATE);
    console.log(
      `bench:live: chat latency at ${CHAT_LATENCY_RATE}/s: p50 ${latency.latencyP50Ms} ms, p99 ${latency.latencyP99Ms} ms`,
    );
    const ramp = await measureRamp(target, sessions, "ramp", CHAT_RAMP_RATES);
    console.log("bench:live: delivery path, published straight into the room without the API");
    const deliveryPath = await measureDirectRamp(target, "direct", DELIVERY_PATH_RATES);
    return { latency, ramp, deliveryPath };
  });
}

/** Runs `measure` with `count` subscribe-only participants in the room, then lets them go. */
async function withReceivers<T>(
  room: string,
  count: number,
  processes: number,
  measure: (target: ChatTarget) => Promise<T>,
): Promise<T> {
  const tokens = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      mintToken(stack.livekit, {
        ...{ identity: `bench-receiver-${i}`, name: `Bench receiver ${i}`, room },
        ...{ canPublish: false, canPublishData: false, canSubscribe: true },
      }),
    ),
  );
  const receivers = await startReceivers(receiverBinary, stack.livekit.url, tokens, processes);
  try {
    const { baseUrl, livekit } = stack;
    return await measure({ baseUrl, livekit, room, exhibitorId: fixture.exhibitorId, receivers });
  } finally {
    await receivers.stop();
  }
}

async function measureWebinar() {
  const cpuBefore = cpuSnapshot();
  const machineBefore = os.cpus();
  // lk's own CPU time is gone once it exits: keep the last look taken while it ran.
  let cpuLast = cpuBefore;
  const sampler = setInterval(() => {
    cpuLast = cpuSnapshot();
  }, 1_000);
  try {
    const summary = await runWebinarLoad({
      lkBinary,
      livekit: stack.livekit,
      room: eventRoomName(fixture.eventId ?? crypto.randomUUID()),
      subscribers: WEBINAR_SUBSCRIBERS,
      durationSeconds: WEBINAR_SECONDS,
      resolution: WEBINAR_RESOLUTION,
    });
    const machineBusyPct = cpuBusyPct(machineBefore, os.cpus());
    const cores = coresBusy(cpuBefore, cpuLast);
    const outside = coresBusyOutsideBench(cores, machineBusyPct, machineBefore.length);
    return { ...summary, coresBusy: cores, machineBusyPct, coresBusyOutsideBench: outside };
  } finally {
    clearInterval(sampler);
  }
}
