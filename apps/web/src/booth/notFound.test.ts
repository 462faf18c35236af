import { describe, expect, it } from "vitest";
import { isMissingBooth } from "./notFound.ts";

describe("isMissingBooth", () => {
  it("treats NOT_FOUND and a rejected id as a missing booth", () => {
    expect(isMissingBooth({ data: { code: "NOT_FOUND", httpStatus: 404 } })).toBe(true);
    expect(isMissingBooth({ data: { code: "BAD_REQUEST", httpStatus: 400 } })).toBe(true);
    expect(isMissingBooth({ data: { httpStatus: 404 } })).toBe(true);
  });

  it("keeps server and network failures as errors", () => {
    expect(isMissingBooth({ data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 500 } })).toBe(false);
    expect(isMissingBooth(new Error("Failed to fetch"))).toBe(false);
    expect(isMissingBooth(null)).toBe(false);
  });
});
