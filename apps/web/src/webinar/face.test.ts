import { describe, expect, it } from "vitest";
import { type FaceInput, webinarFace } from "./face.ts";

const base: FaceInput = {
  phase: "scheduled",
  canWatch: true,
  liveAvailable: true,
  room: "connected",
  onAir: false,
};

describe("webinarFace", () => {
  it("waits for the start, then goes live when the API or the room says a host is on air", () => {
    expect(webinarFace(base)).toBe("scheduled");
    expect(webinarFace({ ...base, phase: "live" })).toBe("live");
    expect(webinarFace({ ...base, onAir: true })).toBe("live");
  });

  it("is ended once the API or the room says so, whatever else holds", () => {
    expect(webinarFace({ ...base, phase: "ended", onAir: true })).toBe("ended");
    expect(webinarFace({ ...base, phase: "live", room: "ended" })).toBe("ended");
    expect(webinarFace({ ...base, phase: "ended", canWatch: false, liveAvailable: false })).toBe("ended");
  });

  it("tells a viewer who may not watch why, before anything about the live server", () => {
    expect(webinarFace({ ...base, phase: "live", canWatch: false, liveAvailable: false })).toBe("refused");
  });

  it("says the live server is unavailable when there is none or it keeps failing", () => {
    expect(webinarFace({ ...base, phase: "live", liveAvailable: false })).toBe("unavailable");
    expect(webinarFace({ ...base, phase: "live", room: "unavailable" })).toBe("unavailable");
  });

  it("says the webinar plays in another tab when the same account joined there", () => {
    expect(webinarFace({ ...base, phase: "live", room: "displaced" })).toBe("displaced");
    expect(webinarFace({ ...base, phase: "ended", room: "displaced" })).toBe("ended");
  });

  it("shows reconnecting while the room recovers", () => {
    expect(webinarFace({ ...base, phase: "live", room: "reconnecting" })).toBe("reconnecting");
  });
});
