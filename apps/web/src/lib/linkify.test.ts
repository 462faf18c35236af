import { describe, expect, it } from "vitest";
import { linkify } from "./linkify.ts";

describe("linkify", () => {
  it("finds web links and leaves the rest as text", () => {
    expect(linkify("Open http://localhost:3000/reset-password?token=abc123 within 2 hours.")).toEqual([
      { kind: "text", text: "Open " },
      { kind: "link", href: "http://localhost:3000/reset-password?token=abc123" },
      { kind: "text", text: " within 2 hours." },
    ]);
  });

  it("does not swallow a closing bracket or a full stop after a link", () => {
    expect(linkify("(see https://example.org/a).")).toEqual([
      { kind: "text", text: "(see " },
      { kind: "link", href: "https://example.org/a" },
      { kind: "text", text: ")." },
    ]);
  });

  it("returns plain text untouched, markup included", () => {
    expect(linkify("<b>hi</b> javascript:alert(1)")).toEqual([
      { kind: "text", text: "<b>hi</b> javascript:alert(1)" },
    ]);
    expect(linkify("")).toEqual([]);
  });
});
