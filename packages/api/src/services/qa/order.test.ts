import type { Question, QuestionStatus } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { inQueueOrder } from "./order.ts";

function question(id: string, status: QuestionStatus, votes: number, minute: number): Question {
  return {
    ...{ id, body: id, createdAt: `2026-11-23T10:${String(minute).padStart(2, "0")}:00.000Z` },
    ...{ author: { id: "u", name: "U" }, status, answer: null, votes, votedByMe: false, mine: false },
  };
}

describe("the Q&A queue's order", () => {
  it("puts answered first, approved by votes then age, done, then pending and rejected oldest first", () => {
    const questions = [
      question("rejected-early", "rejected", 0, 1),
      question("pending-late", "pending", 0, 9),
      question("done-popular", "done", 9, 8),
      question("approved-old", "approved", 2, 2),
      question("pending-early", "pending", 0, 3),
      question("approved-popular", "approved", 5, 7),
      question("answered", "answered", 0, 6),
      question("approved-new", "approved", 2, 5),
      question("done-first", "done", 0, 0),
    ];
    expect(inQueueOrder(questions).map((q) => q.id)).toEqual([
      "answered",
      "approved-popular",
      "approved-old",
      "approved-new",
      "done-first",
      "done-popular",
      "pending-early",
      "pending-late",
      "rejected-early",
    ]);
  });

  it("orders answered questions by votes too, and keeps ties of the same moment by id", () => {
    const questions = [
      question("b", "answered", 1, 4),
      question("a", "answered", 1, 4),
      question("c", "answered", 3, 5),
    ];
    expect(inQueueOrder(questions).map((q) => q.id)).toEqual(["c", "a", "b"]);
  });
});
