import { describe, expect, it } from "vitest";
import { visitSourceFor } from "./visitSource.ts";

describe("visitSourceFor", () => {
  it("records a page opened directly as a visit by link", () => {
    expect(visitSourceFor(null)).toBe("link");
    expect(visitSourceFor(undefined)).toBe("link");
    expect(visitSourceFor({ somethingElse: true })).toBe("link");
    expect(visitSourceFor({ from: "elsewhere" })).toBe("link");
  });

  it("records a booth opened from the 2D plan as a plan visit", () => {
    expect(visitSourceFor({ from: "plan" })).toBe("plan");
  });

  it("leaves visits from the 3D floor and search to the floor page", () => {
    expect(visitSourceFor({ from: "floor" })).toBeNull();
    expect(visitSourceFor({ from: "search" })).toBeNull();
  });
});
