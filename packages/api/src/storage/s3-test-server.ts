/**
 * A real S3 server for tests: the Versity S3 Gateway (versitygw) over a temporary folder,
 * on a free loopback port, with one bucket. Built into .tools/bin by scripts/install-ci-deps.sh.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { findRepoRoot } from "@pavilion/livekit";
import { freeTcpPort } from "@pavilion/livekit/testing";
import type { S3FileStorageOptions } from "./s3.ts";

/** A running gateway: the options that reach its bucket, and how to stop it. */
export interface RunningS3TestServer {
  options: S3FileStorageOptions & { endpoint: string };
  /** A client signed in to the server, for looking at the bucket directly. */
  client: S3Client;
  /** The folder the gateway keeps the buckets in. */
  root: string;
  stop(): Promise<void>;
}

/** VERSITYGW_BIN, else .tools/bin/versitygw in the repository, else versitygw on PATH; null when none. */
export function findVersityGateway(): string | null {
  const explicit = process.env.VERSITYGW_BIN;
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`VERSITYGW_BIN is not an executable file: ${explicit}`);
    return resolve(explicit);
  }
  const root = findRepoRoot(import.meta.dirname);
  const candidates = [
    ...(root ? [join(root, ".tools", "bin", "versitygw")] : []),
    ...(process.env.PATH ?? "").split(delimiter).flatMap((dir) => (dir ? [join(dir, "versitygw")] : [])),
  ];
  return candidates.find(isExecutable) ?? null;
}

const ACCESS_KEY = "pavilion-test";
const SECRET_KEY = "pavilion-test-secret";
const REGION = "us-east-1";
const BUCKET = "pavilion-files";
/** The port is probed, released, then bound by the gateway; another process may win the race. */
const ATTEMPTS = 3;

/** Starts versitygw on 127.0.0.1 with a fresh bucket; stop() kills it and removes its folder. */
export async function startS3TestServer(): Promise<RunningS3TestServer> {
  const binary = findVersityGateway();
  if (binary === null) {
    throw new Error(
      "versitygw not found: set VERSITYGW_BIN, or build it into .tools/bin (bash scripts/install-ci-deps.sh)",
    );
  }
  const root = await mkdtemp(join(tmpdir(), "pavilion-s3-test-"));
  for (let attempt = 1; ; attempt++) {
    const port = await freeTcpPort("127.0.0.1");
    const args = ["--access", ACCESS_KEY, "--secret", SECRET_KEY, "--region", REGION];
    const child = spawn(binary, [...args, "--port", `127.0.0.1:${port}`, "--quiet", "posix", root], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const exited = new Promise<string>((done) => {
      child.once("exit", (code, signal) => done(`exited with ${signal ?? `code ${code}`}`));
      child.once("error", (error) => done(`could not start ${binary}: ${error.message}`));
    });
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);
    const stopChild = async () => {
      process.removeListener("exit", killOnExit);
      await stop(child, exited);
    };

    const endpoint = `http://127.0.0.1:${port}`;
    const polling = new AbortController();
    const outcome = await Promise.race([waitForHttp(endpoint, polling.signal), exited]);
    polling.abort();
    if (outcome !== "ready") {
      await stopChild();
      if (/address already in use/i.test(output) && attempt < ATTEMPTS) continue;
      await rm(root, { recursive: true, force: true });
      throw new Error(`versitygw at ${endpoint} did not start: ${outcome}\n${output}`);
    }
    const options = {
      endpoint,
      region: REGION,
      bucket: BUCKET,
      accessKeyId: ACCESS_KEY,
      secretAccessKey: SECRET_KEY,
      forcePathStyle: true,
    };
    const client = new S3Client({
      endpoint,
      region: REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    });
    await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
    return {
      options,
      client,
      root,
      async stop() {
        client.destroy();
        await stopChild();
        await rm(root, { recursive: true, force: true });
      },
    };
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** "ready" once the gateway answers HTTP at all (anonymous requests get 403). */
async function waitForHttp(url: string, cancel: AbortSignal, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !cancel.aborted) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return "ready";
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  return `no answer within ${timeoutMs} ms`;
}

async function stop(child: ChildProcess, exited: Promise<string>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.kill("SIGTERM");
  const gone = await Promise.race([exited.then(() => true), sleep(5_000, false)]);
  if (gone) return;
  child.kill("SIGKILL");
  await exited;
}
