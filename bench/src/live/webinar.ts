/**
 * The webinar part: `lk load-test` puts 1 video publisher and N subscribers into an event's
 * LiveKit room and reports, per subscriber, the tracks it got and the packets it lost.
 */
import { spawn } from "node:child_process";
import type { RunningLiveKitServer } from "@pavilion/livekit";

export interface WebinarPlan {
  lkBinary: string;
  livekit: RunningLiveKitServer;
  room: string;
  subscribers: number;
  durationSeconds: number;
  /** lk's --video-resolution: high (720p simulcast), medium or low. */
  resolution: "high" | "medium" | "low";
}

export interface WebinarSummary {
  /** Subscribers that received the publisher's video track. */
  subscribers: number;
  subscribersAsked: number;
  packetsLost: number;
  packetLossPct: number;
  /** Total bitrate delivered to all subscribers, as lk prints it. */
  totalBitrate: string;
  errors: number;
}

/** Reads lk load-test's "Subscriber summaries" table; throws when it is not there. */
export function parseLoadTestSummary(output: string): WebinarSummary {
  // The "Track loading" table before it names the subscribers too.
  const summary = output.slice(output.lastIndexOf("Subscriber summaries:"));
  const rows = summary
    .split("\n")
    .filter((line) => line.startsWith("│"))
    .map((line) =>
      line
        .split("│")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const subs = rows.filter((cells) => /^Sub \d+$/.test(cells[0] ?? ""));
  const total = rows.find((cells) => cells[0] === "Total");
  if (!total) throw new Error(`no summary in lk load-test output:\n${output.slice(-2_000)}`);
  const reached = subs.filter((cells) => {
    const [got, expected] = (cells[1] ?? "0/0").split("/").map(Number);
    return got !== undefined && got > 0 && got === expected;
  }).length;
  const loss = /^(\d+) \(([\d.]+)%\)$/.exec(total[3] ?? "");
  return {
    subscribers: reached,
    subscribersAsked: subs.length,
    packetsLost: loss ? Number(loss[1]) : Number.NaN,
    packetLossPct: loss ? Number(loss[2]) : Number.NaN,
    totalBitrate: total[2] ?? "",
    errors: Number(total[4] ?? Number.NaN),
  };
}

/** Runs the load test (killed if it overruns by a minute) and returns its summary. */
export async function runWebinarLoad(plan: WebinarPlan): Promise<WebinarSummary> {
  const args = [
    "load-test",
    ...["--url", plan.livekit.url, "--api-key", plan.livekit.apiKey, "--api-secret", plan.livekit.apiSecret],
    ...["--room", plan.room, "--video-publishers", "1", "--subscribers", String(plan.subscribers)],
    ...["--video-resolution", plan.resolution, "--video-codec", "h264"],
    ...["--num-per-second", "20", "--duration", `${plan.durationSeconds}s`],
  ];
  const child = spawn(plan.lkBinary, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const limitMs = (plan.durationSeconds + plan.subscribers / 20 + 60) * 1000;
  const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
  const code = await new Promise<number | null>((resolve) =>
    child.once("exit", (exitCode) => resolve(exitCode)),
  );
  clearTimeout(timer);
  process.removeListener("exit", killOnExit);
  if (code !== 0) throw new Error(`lk load-test exited with ${code}:\n${stderr}\n${stdout.slice(-2_000)}`);
  return parseLoadTestSummary(stdout);
}
