import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findLiveKitServerBinary } from "./binary.ts";
import { SEND_DATA_TIMEOUT_SECONDS, sendRoomJson } from "./data.ts";
import type { RunningLiveKitServer } from "./dev-server.ts";
import { freeTcpPort } from "./ports.ts";
import { boothRoomName } from "./rooms.ts";
import { roomServiceOf, startLiveKitServer } from "./testing/index.ts";

// Locally a missing binary skips these tests; in CI it must fail, so they run and startLiveKitServer throws.
const skip = findLiveKitServerBinary() === null && process.env.CI !== "true";

describe.skipIf(skip)("sending data into a room of a real LiveKit server", () => {
  let server: RunningLiveKitServer;

  beforeAll(async () => {
    server = await startLiveKitServer();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  }, 15_000);

  it("sends into an open room", async () => {
    const room = boothRoomName(randomUUID());
    await roomServiceOf(server).createRoom({ name: room, emptyTimeout: 60 });
    expect(await sendRoomJson(server, room, "chat", { type: "hello" })).toBe(true);
  });

  it("skips a room that is not open at once, instead of waiting for LiveKit to time out", async () => {
    const started = performance.now();
    expect(await sendRoomJson(server, boothRoomName(randomUUID()), "chat", { type: "hello" })).toBe(false);
    expect(performance.now() - started).toBeLessThan((SEND_DATA_TIMEOUT_SECONDS * 1000) / 2);
  });

  it("rejects when nothing listens where LiveKit should be", async () => {
    const down = { ...server, url: `ws://127.0.0.1:${await freeTcpPort("127.0.0.1")}` };
    await expect(sendRoomJson(down, boothRoomName(randomUUID()), "chat", {})).rejects.toThrow();
  });
});
