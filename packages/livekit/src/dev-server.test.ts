import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { devServerArgs, LiveKitStartError, launchLiveKitDevServer } from "./dev-server.ts";

const dir = mkdtempSync(join(tmpdir(), "pavilion-lk-dev-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const ports = { port: 1, rtcTcpPort: 2, udpPorts: { start: 3, end: 5 } };

describe("launchLiveKitDevServer", () => {
  it("runs dev mode on loopback with the given ports and loopback ICE candidates", () => {
    expect(devServerArgs(ports)).toEqual([
      "--dev",
      "--bind",
      "127.0.0.1",
      "--node-ip",
      "127.0.0.1",
      "--port",
      "1",
      "--rtc.tcp_port",
      "2",
      "--udp-port",
      "3-5",
      "--rtc.enable_loopback_candidate",
    ]);
  });

  it("reports a server that exits at once, with what it printed", async () => {
    const binary = script("crashes", 'echo "bind: address already in use" >&2; exit 3');
    const start = launchLiveKitDevServer({ binary, ...ports, readyTimeoutMs: 5_000 });
    await expect(start).rejects.toThrow(LiveKitStartError);
    await expect(start).rejects.toThrow(/exited with code 3[\s\S]*address already in use/);
  });

  it("gives up on a server that never answers, and stops it", async () => {
    const binary = script("hangs", "exec sleep 30");
    const started = Date.now();
    await expect(launchLiveKitDevServer({ binary, ...ports, readyTimeoutMs: 500 })).rejects.toThrow(
      /no answer within 500 ms/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reports a binary that cannot be started", async () => {
    const start = launchLiveKitDevServer({ binary: join(dir, "missing"), ...ports });
    await expect(start).rejects.toThrow(/could not start .*missing/);
  });
});
