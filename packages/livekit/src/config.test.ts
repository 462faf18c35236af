import { describe, expect, it } from "vitest";
import { LiveKitConfigError, livekitConfigFrom } from "./config.ts";

describe("livekitConfigFrom", () => {
  it("is null when no URL is set, so LiveKit is off", () => {
    expect(livekitConfigFrom({})).toBeNull();
    expect(livekitConfigFrom({ LIVEKIT_URL: " " })).toBeNull();
  });

  it("turns an http URL into the ws URL clients connect to", () => {
    const config = livekitConfigFrom({
      LIVEKIT_URL: "https://live.example.org/",
      LIVEKIT_API_KEY: "k",
      LIVEKIT_API_SECRET: "s",
    });
    expect(config).toEqual({ url: "wss://live.example.org", apiKey: "k", apiSecret: "s" });
  });

  it("names the missing variable when a URL comes without keys", () => {
    expect(() => livekitConfigFrom({ LIVEKIT_URL: "ws://127.0.0.1:7880", LIVEKIT_API_KEY: "k" })).toThrow(
      /LIVEKIT_API_SECRET/,
    );
    expect(() => livekitConfigFrom({ LIVEKIT_URL: "ws://127.0.0.1:7880" })).toThrow(LiveKitConfigError);
  });

  it("rejects a URL that is not ws or http", () => {
    const settings = { LIVEKIT_URL: "ftp://x", LIVEKIT_API_KEY: "k", LIVEKIT_API_SECRET: "s" };
    expect(() => livekitConfigFrom(settings)).toThrow(/ws\(s\)/);
  });
});
