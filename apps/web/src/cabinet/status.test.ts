import { describe, expect, it } from "vitest";
import { statusView } from "./status.ts";

describe("statusView", () => {
  it("offers to submit a new company's draft", () => {
    expect(statusView({ status: "draft", hasChanges: true }, 0)).toEqual({
      status: "draft",
      unsubmitted: true,
      canSubmit: true,
    });
  });

  it("offers nothing to submit while the booth waits for review", () => {
    expect(statusView({ status: "submitted", hasChanges: true }, 3)).toEqual({
      status: "submitted",
      unsubmitted: false,
      canSubmit: false,
    });
  });

  it("says an approved booth has unsubmitted edits, including new materials", () => {
    expect(statusView({ status: "approved", hasChanges: false }, 0).canSubmit).toBe(false);
    expect(statusView({ status: "approved", hasChanges: true }, 0).unsubmitted).toBe(true);
    expect(statusView({ status: "approved", hasChanges: false }, 2)).toEqual({
      status: "approved",
      unsubmitted: true,
      canSubmit: true,
    });
  });

  it("lets a rejected draft be sent again once it is changed", () => {
    expect(statusView({ status: "rejected", hasChanges: true }, 0).canSubmit).toBe(true);
  });
});
