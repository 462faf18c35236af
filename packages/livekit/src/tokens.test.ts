import { TokenVerifier } from "livekit-server-sdk";
import { describe, expect, it } from "vitest";
import { DEFAULT_TOKEN_TTL_SECONDS, mintToken, type TokenParams } from "./tokens.ts";

const keys = { apiKey: "test-key", apiSecret: "test-secret-that-is-long-enough-for-hs256" };
const verifier = new TokenVerifier(keys.apiKey, keys.apiSecret);

function params(overrides: Partial<TokenParams> = {}): TokenParams {
  return {
    identity: "user-1",
    name: "Anna",
    room: "booth_0b6f6c1e-5d0e-4c4e-9a55-0d1c3b1f8f20",
    canPublish: false,
    canPublishData: false,
    canSubscribe: true,
    ...overrides,
  };
}

describe("mintToken", () => {
  it("gives a visitor a subscribe-only token for exactly one room", async () => {
    const claims = await verifier.verify(await mintToken(keys, params()));
    expect(claims.sub).toBe("user-1");
    expect(claims.name).toBe("Anna");
    expect(claims.video).toEqual({
      roomJoin: true,
      room: "booth_0b6f6c1e-5d0e-4c4e-9a55-0d1c3b1f8f20",
      canPublish: false,
      canPublishData: false,
      canSubscribe: true,
      canUpdateOwnMetadata: false,
    });
  });

  it("lets staff publish media and data when asked to", async () => {
    const token = await mintToken(keys, params({ canPublish: true, canPublishData: true }));
    const { video } = await verifier.verify(token);
    expect(video?.canPublish).toBe(true);
    expect(video?.canPublishData).toBe(true);
    expect(video?.roomAdmin).toBeUndefined();
    expect(video?.roomCreate).toBeUndefined();
  });

  it("limits what may be published to the sources given, by their LiveKit names", async () => {
    const token = await mintToken(
      keys,
      params({ canPublish: true, canPublishSources: ["camera", "microphone"] }),
    );
    const { video } = await verifier.verify(token);
    expect(video?.canPublishSources).toEqual(["camera", "microphone"]);
    expect((await verifier.verify(await mintToken(keys, params()))).video?.canPublishSources).toBeUndefined();
  });

  it("expires after ten minutes by default", async () => {
    const claims = await verifier.verify(await mintToken(keys, params()));
    expect((claims.exp ?? 0) - (claims.nbf ?? claims.iat ?? 0)).toBe(DEFAULT_TOKEN_TTL_SECONDS);
  });

  it("honours a shorter time to live and carries metadata", async () => {
    const claims = await verifier.verify(
      await mintToken(keys, params({ ttlSeconds: 60, metadata: '{"r":1}' })),
    );
    expect((claims.exp ?? 0) - (claims.nbf ?? claims.iat ?? 0)).toBe(60);
    expect(claims.metadata).toBe('{"r":1}');
  });

  it("is rejected by a verifier holding another secret", async () => {
    const token = await mintToken(keys, params());
    await expect(
      new TokenVerifier(keys.apiKey, "another-secret-another-secret!!").verify(token),
    ).rejects.toThrow();
  });

  it("refuses a time to live that is not a positive whole number", async () => {
    await expect(mintToken(keys, params({ ttlSeconds: 0 }))).rejects.toThrow(RangeError);
  });
});
