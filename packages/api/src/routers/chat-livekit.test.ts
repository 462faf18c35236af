/**
 * Booth chat against a real LiveKit server: the API stores a message, then publishes it into the
 * booth's room; when LiveKit cannot be reached the message is still stored and returned.
 */
import { boothRoomName, findLiveKitServerBinary, freeTcpPort } from "@pavilion/livekit";
import { type RunningLiveKitServer, roomServiceOf, startLiveKitServer } from "@pavilion/livekit/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { approvedCompany } from "../services/cabinet/test-fixtures.ts";
import { insertExhibition } from "../services/floor/test-fixtures.ts";
import { createTestApi, type TestApi, type TestBrowser } from "../testing/index.ts";

// Locally a missing binary skips these tests; in CI it must fail, so they run and startLiveKitServer throws.
const skip = findLiveKitServerBinary() === null && process.env.CI !== "true";

describe.skipIf(skip)("booth chat published through a real LiveKit server", () => {
  let livekit: RunningLiveKitServer;
  let t: TestApi;
  let visitor: TestBrowser;
  let staff: TestBrowser;
  let exhibitorId: string;
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    t = await createTestApi();
    await insertExhibition(t.db);
    staff = await t.signedIn();
    exhibitorId = await approvedCompany(staff, await t.signedIn({ role: "organiser" }));
    visitor = await t.signedIn();
  }, 30_000);
  afterAll(async () => {
    warn.mockRestore();
    await t?.close();
    await livekit?.stop();
  }, 15_000);
  afterEach(() => {
    warn.mockClear();
  });

  async function history() {
    return (await visitor.api.chat.history({ exhibitorId })).messages.map((message) => message.body);
  }

  it("publishes a stored message into the booth's open room, and a deletion after it", async () => {
    t.services.livekit = { url: livekit.url, apiKey: livekit.apiKey, apiSecret: livekit.apiSecret };
    const rooms = roomServiceOf(livekit);
    await rooms.createRoom({ name: boothRoomName(exhibitorId), emptyTimeout: 60 });
    expect((await rooms.listRooms([boothRoomName(exhibitorId)])).length).toBe(1);

    const sent = await visitor.api.chat.send({ exhibitorId, body: "Is anyone here?" });
    expect(sent.body).toBe("Is anyone here?");
    expect(warn).not.toHaveBeenCalled();
    expect(await history()).toContain("Is anyone here?");
    await staff.api.chat.delete({ exhibitorId, messageId: sent.id });
    expect(warn).not.toHaveBeenCalled();
    expect(await history()).not.toContain("Is anyone here?");
  });

  it("stores and returns the message when LiveKit cannot be reached, and says so in the log", async () => {
    t.services.livekit = {
      ...{ url: `ws://127.0.0.1:${await freeTcpPort("127.0.0.1")}` },
      ...{ apiKey: livekit.apiKey, apiSecret: livekit.apiSecret },
    };
    t.clock.advance(60_000);
    const sent = await visitor.api.chat.send({ exhibitorId, body: "Still there?" });
    expect(sent).toMatchObject({ body: "Still there?", createdAt: t.clock.now.toISOString() });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("could not publish chat.message"));
    expect(await history()).toContain("Still there?");
    await staff.api.chat.delete({ exhibitorId, messageId: sent.id });
    expect(await history()).not.toContain("Still there?");
  });

  it("stores and returns the message when LiveKit is not configured", async () => {
    t.services.livekit = null;
    t.clock.advance(60_000);
    expect((await visitor.api.chat.send({ exhibitorId, body: "Hello?" })).body).toBe("Hello?");
    expect(await history()).toContain("Hello?");
    expect(warn).not.toHaveBeenCalled();
  });
});
