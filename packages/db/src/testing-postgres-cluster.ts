/**
 * A throw-away PostgreSQL cluster for tests: initdb into a temp folder, start it
 * on a free loopback port with trust auth, stop and delete it afterwards.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const POSTGRES_ROOT = "/usr/lib/postgresql";

export interface TestCluster {
  /** URL of the cluster's `postgres` database as superuser `postgres`. */
  url: string;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

/** The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl, if any. */
export function findPostgresBinDir(): string | undefined {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const versions = readdirSync(POSTGRES_ROOT).sort((a, b) => Number(b) - Number(a));
  return versions
    .map((version) => join(POSTGRES_ROOT, version, "bin"))
    .find((bin) => existsSync(join(bin, "initdb")) && existsSync(join(bin, "pg_ctl")));
}

/** Creates and starts a cluster with the binaries in binDir. */
export async function startTestCluster(binDir: string): Promise<TestCluster> {
  const dir = await mkdtemp(join(tmpdir(), "pavilion-pg-"));
  // initdb refuses to run as root, so root hands the folder and the work to `postgres`.
  const asRoot = process.getuid?.() === 0;
  const prefix = asRoot ? ["runuser", "-u", "postgres", "--"] : [];
  const pgCommand = (tool: string, args: string[]) => {
    const [file = "", ...rest] = [...prefix, join(binDir, tool), ...args];
    return { file, args: rest };
  };
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  const stopArgs = pgCommand("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  let started = false;
  const stopNow = () => {
    if (started) spawnSync(stopArgs.file, stopArgs.args, { stdio: "ignore" });
  };
  // If the run is killed before teardown, do not leave a server behind.
  process.once("exit", stopNow);
  try {
    if (asRoot) await run("chown", ["postgres:", dir]);
    const init = pgCommand("initdb", [
      ...["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8"],
      ...["--locale=C", "--no-sync", "--no-instructions"],
    ]);
    await run(init.file, init.args);
    const port = await startOnFreePort((p) => {
      const options = [
        `-p ${p} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300`,
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
      ].join(" ");
      const start = pgCommand("pg_ctl", ["-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"]);
      return run(start.file, start.args);
    });
    started = true;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        process.removeListener("exit", stopNow);
        await run(stopArgs.file, stopArgs.args);
        started = false;
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    process.removeListener("exit", stopNow);
    const tail = existsSync(log) ? `\n${readFileSync(log, "utf8").slice(-2000)}` : "";
    await rm(dir, { recursive: true, force: true });
    throw new Error(`Could not start a PostgreSQL test cluster from ${binDir}: ${String(error)}${tail}`);
  }
}

/** Another process may grab the port between probing and starting, so try a few. */
async function startOnFreePort(start: (port: number) => Promise<unknown>): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await start(port);
      return port;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
