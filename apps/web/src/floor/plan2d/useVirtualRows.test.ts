import { describe, expect, it } from "vitest";
import { visibleRows } from "./useVirtualRows.ts";

describe("visibleRows", () => {
  it("renders the rows in sight and a few either side", () => {
    expect(visibleRows(0, 600, 5000, 60, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRows(6000, 600, 5000, 60, 5)).toEqual({ start: 95, end: 115 });
  });

  it("stops at the ends of the list", () => {
    expect(visibleRows(300_000, 600, 5000, 60, 5)).toEqual({ start: 4995, end: 5000 });
    expect(visibleRows(0, 600, 3, 60)).toEqual({ start: 0, end: 3 });
    expect(visibleRows(0, 0, 0, 60)).toEqual({ start: 0, end: 0 });
  });
});
