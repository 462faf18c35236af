import { describe, expect, it } from "vitest";
import { standingOf } from "./eventState.ts";

const revision = (state: "draft" | "submitted" | "sentBack", reviewNote: string | null = null) => ({
  state,
  reviewNote,
  submittedAt: null,
  updatedAt: "2025-10-01T00:00:00Z",
});

describe("an event's standing", () => {
  it("names a new event's states and carries the organisers' note", () => {
    expect(standingOf({ state: "draft", reviewNote: null, revision: null }).key).toBe("draft");
    expect(standingOf({ state: "submitted", reviewNote: null, revision: null }).tone).toBe("waiting");
    expect(standingOf({ state: "sentBack", reviewNote: "Add theses", revision: null })).toEqual({
      key: "sentBack",
      note: "Add theses",
      tone: "danger",
    });
  });

  it("tells an approved event from one whose change waits or was sent back", () => {
    expect(standingOf({ state: "approved", reviewNote: null, revision: null }).key).toBe("approved");
    expect(standingOf({ state: "approved", reviewNote: null, revision: revision("draft") }).key).toBe(
      "changeDraft",
    );
    expect(standingOf({ state: "approved", reviewNote: null, revision: revision("submitted") }).key).toBe(
      "changeSubmitted",
    );
    expect(standingOf({ state: "approved", reviewNote: null, revision: revision("sentBack", "No") })).toEqual(
      {
        key: "changeSentBack",
        note: "No",
        tone: "danger",
      },
    );
  });
});
