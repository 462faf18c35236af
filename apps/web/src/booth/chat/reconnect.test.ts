import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./reconnect.ts";

describe("reconnectDelay", () => {
  it("doubles from a second and stops growing at half a minute", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 50].map((attempt) => reconnectDelay(attempt, 0));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("spreads retries by up to a fifth so visitors do not all come back at once", () => {
    expect(reconnectDelay(1, 0.999)).toBeGreaterThanOrEqual(800);
    expect(reconnectDelay(1, 0.5)).toBe(900);
    expect(reconnectDelay(6, 1)).toBe(24_000);
  });

  it("treats nonsense attempts as the first", () => {
    expect(reconnectDelay(0, 0)).toBe(1_000);
    expect(reconnectDelay(-3, 0)).toBe(1_000);
  });
});
