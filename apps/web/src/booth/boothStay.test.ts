import { describe, expect, it } from "vitest";
import { boothLeaveBody, createBoothStay } from "./boothStay.ts";

describe("createBoothStay", () => {
  it("ends once with the whole seconds since it started", () => {
    const stay = createBoothStay(1_000);
    expect(stay.end(96_900)).toBe(95);
    expect(stay.end(200_000)).toBeNull();
  });

  it("reports nothing for a stay under a second", () => {
    expect(createBoothStay(1_000).end(1_900)).toBeNull();
  });

  it("starts again when the page comes back from the back-forward cache", () => {
    const stay = createBoothStay(0);
    expect(stay.end(10_000)).toBe(10);
    stay.restart(50_000);
    expect(stay.end(80_000)).toBe(30);
  });
});

describe("boothLeaveBody", () => {
  it("is the single-call body tRPC reads with the superjson transformer", () => {
    expect(JSON.parse(boothLeaveBody("b9f0c3a4-5d6e-4f70-8a9b-0c1d2e3f4a5b", 42))).toEqual({
      json: { exhibitorId: "b9f0c3a4-5d6e-4f70-8a9b-0c1d2e3f4a5b", seconds: 42 },
    });
  });
});
