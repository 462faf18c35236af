import { describe, expect, it } from "vitest";
import { nameLines } from "./nameLines.ts";

describe("nameLines", () => {
  it("keeps a short name on one line", () => {
    expect(nameLines("Acme", 6, 4, 0.8)).toEqual(["Acme"]);
  });

  it("breaks a long name at spaces into the lines the booth holds", () => {
    // 3 m at 0.8 m: 6 characters a line, 4 lines in 4 m.
    expect(nameLines("Nord Steel Group", 3, 4, 0.8)).toEqual(["Nord", "Steel", "Group"]);
  });

  it("cuts a word longer than the booth is wide, and the last line when lines run out", () => {
    expect(nameLines("Металлоконструкции", 3, 4, 0.8)).toEqual(["Метал…"]);
    expect(nameLines("One Two Three Four Five", 3, 2, 0.8)).toEqual(["One", "Two…"]);
  });

  it("draws nothing where not even four letters fit", () => {
    expect(nameLines("Acme", 1.8, 4, 0.8)).toEqual([]);
    expect(nameLines("   ", 6, 4, 0.8)).toEqual([]);
  });
});
