import { describe, expect, it } from "vitest";
import { listItems, paragraphs } from "./text.ts";

describe("paragraphs", () => {
  it("splits at blank lines and drops empty ones", () => {
    expect(paragraphs("First line\nsame paragraph\n\n\nSecond.\n  \n")).toEqual([
      "First line\nsame paragraph",
      "Second.",
    ]);
    expect(paragraphs("   ")).toEqual([]);
  });
});

describe("listItems", () => {
  it("reads a comma-separated offer as items", () => {
    expect(listItems("Bachelor's programmes, master's programmes, summer schools")).toEqual([
      "Bachelor's programmes",
      "master's programmes",
      "summer schools",
    ]);
  });

  it("reads one item a line, with or without bullets", () => {
    expect(listItems("• VR simulators\n- Coding courses\nRobotics kits")).toEqual([
      "VR simulators",
      "Coding courses",
      "Robotics kits",
    ]);
  });

  it("leaves prose and single items as text", () => {
    expect(listItems("We teach coding. Our courses, however, are long and detailed.")).toBeNull();
    expect(listItems("Coding courses")).toBeNull();
    expect(listItems("")).toBeNull();
  });
});
