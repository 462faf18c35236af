import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { RoomServiceClient } from "livekit-server-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findLiveKitServerBinary } from "../binary.ts";
import { devKeys } from "../config.ts";
import type { RunningLiveKitServer } from "../dev-server.ts";
import { boothRoomName } from "../rooms.ts";
import { mintToken } from "../tokens.ts";
import { type LiveKitWebhook, verifyWebhook } from "../webhooks.ts";
import { startLiveKitServer } from "./livekit-server.ts";

// Locally a missing binary skips these tests; in CI it must fail, so they run and startLiveKitServer throws.
const skip = findLiveKitServerBinary() === null && process.env.CI !== "true";
if (skip) {
  console.warn(
    "SKIPPED: LiveKit integration tests: no LiveKit server binary (set LIVEKIT_SERVER_BIN or run scripts/install-ci-deps.sh)",
  );
}

describe.skipIf(skip)("a real LiveKit server started by startLiveKitServer", () => {
  let server: RunningLiveKitServer;

  beforeAll(async () => {
    server = await startLiveKitServer();
  }, 30_000);

  afterAll(async () => {
    await server?.stop();
  }, 15_000);

  it("answers on a loopback ws URL with the dev key pair", () => {
    expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(server.httpUrl).toBe(server.url.replace("ws://", "http://"));
    expect({ apiKey: server.apiKey, apiSecret: server.apiSecret }).toEqual({
      apiKey: "devkey",
      apiSecret: "secret",
    });
  });

  it("accepts a join token we mint and rejects one signed with another secret", async () => {
    const params = {
      identity: "visitor-1",
      name: "Visitor",
      room: boothRoomName(randomUUID()),
      canPublish: false,
      canPublishData: false,
      canSubscribe: true,
    };
    const good = await mintToken(server, params);
    const forged = await mintToken({ apiKey: server.apiKey, apiSecret: "not-the-secret" }, params);
    const validate = (token: string) => fetch(`${server.httpUrl}/rtc/validate?access_token=${token}`);
    expect((await validate(good)).status).toBe(200);
    expect((await validate(forged)).status).toBe(401);
  });

  it("creates, lists and deletes a booth room through the room service", async () => {
    const rooms = new RoomServiceClient(server.httpUrl, server.apiKey, server.apiSecret);
    const name = boothRoomName(randomUUID());
    await rooms.createRoom({ name, emptyTimeout: 60 });
    expect((await rooms.listRooms()).map((room) => room.name)).toContain(name);
    await rooms.deleteRoom(name);
    expect((await rooms.listRooms([name])).map((room) => room.name)).not.toContain(name);
  });

  it("posts signed webhooks to the configured URL", async () => {
    const received: LiveKitWebhook[] = [];
    const hooks: Server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on("end", async () => {
        received.push(await verifyWebhook(devKeys, body, request.headers.authorization));
        response.end();
      });
    });
    await new Promise<void>((resolve) => hooks.listen(0, "127.0.0.1", resolve));
    const address = hooks.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const withHooks = await startLiveKitServer({ webhookUrls: [`http://127.0.0.1:${port}/livekit/webhook`] });
    try {
      const name = boothRoomName(randomUUID());
      await new RoomServiceClient(withHooks.httpUrl, withHooks.apiKey, withHooks.apiSecret).createRoom({
        name,
      });
      await expect
        .poll(() => received.map((event) => [event.event, event.room?.name]))
        .toContainEqual(["room_started", name]);
    } finally {
      await withHooks.stop();
      hooks.close();
    }
  }, 30_000);

  it("stops the server so its port no longer answers", async () => {
    const other = await startLiveKitServer();
    await other.stop();
    await expect(fetch(other.httpUrl, { signal: AbortSignal.timeout(1_000) })).rejects.toThrow();
  }, 30_000);
});
