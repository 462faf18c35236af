import { describe, expect, it } from "vitest";
import { roleOf } from "./presence.ts";

describe("roleOf", () => {
  it("reads the role the API wrote into a participant's metadata", () => {
    expect(roleOf('{"role":"staff"}')).toBe("staff");
    expect(roleOf('{"role":"visitor","extra":1}')).toBe("visitor");
  });

  it("has no role for missing, broken or other metadata", () => {
    expect([undefined, "", "{", "null", '{"role":5}', '["staff"]'].map(roleOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
