/** Figures for bench/results/live.json: percentiles, CPU use, the machine and the versions. */
import { execFileSync } from "node:child_process";
import os from "node:os";
import { goReceiverVersions } from "./go-receiver.ts";

/** The p-th percentile (0-100, nearest rank) of the values; NaN when there are none. */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Busy share of all cores between two snapshots of os.cpus(), in percent. */
export function cpuBusyPct(before: os.CpuInfo[], after: os.CpuInfo[]): number {
  let busy = 0;
  let total = 0;
  after.forEach((cpu, i) => {
    const old = before[i];
    if (!old) return;
    const spent = (key: keyof os.CpuInfo["times"]) => cpu.times[key] - old.times[key];
    const all = spent("user") + spent("nice") + spent("sys") + spent("idle") + spent("irq");
    busy += all - spent("idle");
    total += all;
  });
  return total > 0 ? round((busy / total) * 100) : Number.NaN;
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

function firstLine(command: string, args: string[], cwd?: string): string {
  try {
    return (
      execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
        .trim()
        .split("\n")[0] ?? ""
    );
  } catch {
    return "unknown";
  }
}

export function versions(repoRoot: string, livekitBinary: string, lkBinary: string) {
  const receivers = goReceiverVersions(repoRoot);
  return {
    pavilionCommit: firstLine("git", ["rev-parse", "--short", "HEAD"], repoRoot),
    livekitServer: firstLine(livekitBinary, ["--version"]),
    lk: firstLine(lkBinary, ["--version"]),
    receiverServerSdkGo: receivers.serverSdkGo,
    receiverGo: receivers.go,
  };
}
