import { describe, expect, it } from "vitest";
import { inkOn, luminance } from "./contrast.ts";

describe("inkOn", () => {
  it("writes white on dark brand colours and navy on light ones", () => {
    expect(inkOn("#0d1b36")).toBe("#ffffff");
    expect(inkOn("#b42318")).toBe("#ffffff");
    expect(inkOn("#f4a259")).toBe("#081226");
    expect(inkOn("#ffe066")).toBe("#081226");
  });

  it("measures luminance from black to white", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1);
  });
});
