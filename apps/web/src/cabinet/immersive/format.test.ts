import { describe, expect, it } from "vitest";
import { formatCount, formatDegrees } from "./format.ts";

/** Intl separates thousands with no-break spaces in Russian; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatCount", () => {
  it("writes triangle counts with the language's thousands separator", () => {
    expect(formatCount(12_400, "en")).toBe("12,400");
    expect(plain(formatCount(12_400, "ru"))).toBe("12 400");
    expect(formatCount(980, "en")).toBe("980");
  });
});

describe("formatDegrees", () => {
  it("writes an angle with a degree sign and a true minus", () => {
    expect(formatDegrees(45, "en")).toBe("45°");
    expect(formatDegrees(-12.5, "en")).toBe("−12.5°");
    expect(formatDegrees(-12.5, "ru")).toBe("−12,5°");
  });
});
