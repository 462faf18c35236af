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

  it("muxes media on one UDP port when the range is one port long", () => {
    const args = devServerArgs({ ...ports, udpPorts: { start: 7882, end: 7882 } });
    expect(args[args.indexOf("--udp-port") + 1]).toBe("7882");
  });

  it("configures webhooks to the given URLs, signed with the dev key", () => {
    const args = devServerArgs(ports, "127.0.0.1", ["http://127.0.0.1:3000/livekit/webhook"]);
    expect(args.slice(-2)).toEqual([
      "--config-body",
      'webhook:\n  api_key: devkey\n  urls:\n    - "http://127.0.0.1:3000/livekit/webhook"\n',
    ]);
    expect(devServerArgs(ports)).not.toContain("--config-body");
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
