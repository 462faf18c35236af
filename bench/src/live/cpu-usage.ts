/**
 * Where the machine's CPU time goes while the bench runs: the CPU time of the bench process
 * and of each process it started, grouped by role, read from /proc (Linux).
 */
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export type CpuRole = "bench" | "app" | "livekit" | "receivers" | "lkLoadTest" | "other";

export interface CpuSnapshot {
  at: number;
  ticks: Map<number, { role: CpuRole; ticks: number }>;
}

function roleOf(commandLine: string): CpuRole {
  if (commandLine.includes("apps/server/src/main.ts")) return "app";
  if (commandLine.includes("pavilion-chat-receiver")) return "receivers";
  if (commandLine.includes("load-test")) return "lkLoadTest";
  if (commandLine.includes("--dev") && commandLine.includes("--udp-port")) return "livekit";
  return "other";
}

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** user + system ticks of a process, or null when it is gone. */
function ticksOf(pid: number): number | null {
  const stat = read(`/proc/${pid}/stat`);
  // Fields after the command name (which may hold spaces) start at field 3; utime, stime are 14, 15.
  const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
  if (!fields) return null;
  return Number(fields[11]) + Number(fields[12]);
}

function childrenOf(pid: number): number[] {
  const tasks = (() => {
    try {
      return readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
  })();
  return tasks.flatMap((task) =>
    (read(`/proc/${pid}/task/${task}/children`) ?? "").split(" ").filter(Boolean).map(Number),
  );
}

/** CPU ticks so far of this process and its children. */
export function cpuSnapshot(): CpuSnapshot {
  const ticks = new Map<number, { role: CpuRole; ticks: number }>();
  const own = ticksOf(process.pid);
  if (own !== null) ticks.set(process.pid, { role: "bench", ticks: own });
  for (const pid of childrenOf(process.pid)) {
    const value = ticksOf(pid);
    const commandLine = (read(`/proc/${pid}/cmdline`) ?? "").replaceAll("\0", " ");
    if (value !== null) ticks.set(pid, { role: roleOf(commandLine), ticks: value });
  }
  return { at: Date.now(), ticks };
}

/** Cores each role kept busy between two snapshots (1 = one core all the time). */
export function coresBusy(before: CpuSnapshot, after: CpuSnapshot): Partial<Record<CpuRole, number>> {
  const seconds = (after.at - before.at) / 1000;
  const cores: Partial<Record<CpuRole, number>> = {};
  for (const [pid, now] of after.ticks) {
    const spent = now.ticks - (before.ticks.get(pid)?.ticks ?? 0);
    cores[now.role] = (cores[now.role] ?? 0) + spent / TICKS_PER_SECOND / seconds;
  }
  for (const role of Object.keys(cores) as CpuRole[])
    cores[role] = Math.round((cores[role] ?? 0) * 100) / 100;
  return cores;
}

/**
 * Cores busy with work the bench did not start (other programs on the machine) while the
 * machine was `machineBusyPct` busy: figures taken on a shared machine say how shared it was.
 */
export function coresBusyOutsideBench(
  cores: Partial<Record<CpuRole, number>>,
  machineBusyPct: number,
  cpuCount: number,
): number {
  const bench = Object.values(cores).reduce((sum, value) => sum + (value ?? 0), 0);
  return Math.max(0, Math.round(((machineBusyPct / 100) * cpuCount - bench) * 100) / 100);
}
