import { describe, expect, it } from "vitest";
import { parseWebinarPacket } from "./packets.ts";

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe("parseWebinarPacket", () => {
  it("reads the stage changes and the end the server announces", () => {
    expect(
      parseWebinarPacket(bytes({ type: "stage.changed", userId: "u1", onStage: true }), "webinar"),
    ).toEqual({
      type: "stage.changed",
      userId: "u1",
      onStage: true,
    });
    expect(parseWebinarPacket(bytes({ type: "webinar.ended" }), "webinar")).toEqual({
      type: "webinar.ended",
    });
  });

  it("ignores other topics, junk and unknown types", () => {
    expect(parseWebinarPacket(bytes({ type: "webinar.ended" }), "chat")).toBeNull();
    expect(parseWebinarPacket(bytes({ type: "webinar.ended" }), undefined)).toBeNull();
    expect(parseWebinarPacket(new Uint8Array([0xff, 0xfe]), "webinar")).toBeNull();
    expect(parseWebinarPacket(new TextEncoder().encode("{not json"), "webinar")).toBeNull();
    expect(parseWebinarPacket(bytes({ type: "webinar.exploded" }), "webinar")).toBeNull();
    expect(parseWebinarPacket(bytes({ type: "stage.changed", userId: 5 }), "webinar")).toBeNull();
  });
});
