import { describe, expect, it } from "vitest";
import { roomStateOf } from "./roomState.ts";

describe("roomStateOf", () => {
  it("follows the room through connecting, connected and reconnecting", () => {
    expect(["connecting", "connected", "reconnecting", "signalReconnecting"].map(roomStateOf)).toEqual([
      "connecting",
      "connected",
      "reconnecting",
      "reconnecting",
    ]);
  });

  it("stays quiet about a room that is not connected (yet), and about states it does not know", () => {
    expect(roomStateOf("disconnected")).toBe("idle");
    expect(roomStateOf("something new")).toBe("idle");
  });
});
