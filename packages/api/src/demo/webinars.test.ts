import { describe, expect, it } from "vitest";
import { startSoonAfter } from "./webinars.ts";

describe("the demo exhibitor's webinar time", () => {
  it("starts more than 15 and at most 30 minutes after the seed, on a quarter hour", () => {
    expect(startSoonAfter(new Date("2026-11-23T09:15:00.000Z")).toISOString()).toBe(
      "2026-11-23T09:45:00.000Z",
    );
    expect(startSoonAfter(new Date("2026-11-23T09:29:59.000Z")).toISOString()).toBe(
      "2026-11-23T09:45:00.000Z",
    );
    expect(startSoonAfter(new Date("2026-11-23T23:59:00.000Z")).toISOString()).toBe(
      "2026-11-24T00:15:00.000Z",
    );
  });
});
