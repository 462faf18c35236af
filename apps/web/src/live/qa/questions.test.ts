import type { Question } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { arrivals, byTab, canVote, parseQaPacket, tabAfterKey } from "./questions.ts";

function question(id: string, status: Question["status"], mine = false): Question {
  return {
    id,
    body: `question ${id}`,
    createdAt: "2026-04-01T10:00:00.000Z",
    author: { id: mine ? "me" : "someone", name: "Anna" },
    status,
    answer: null,
    votes: 0,
    votedByMe: false,
    mine,
  };
}

const ids = (questions: readonly Question[]) => questions.map((q) => q.id);

describe("byTab", () => {
  it("puts each question on its status's tab, in the API's order, and rejected ones nowhere", () => {
    const tabs = byTab([
      question("a", "answered"),
      question("b", "approved"),
      question("c", "approved"),
      question("d", "done"),
      question("e", "pending"),
      question("f", "rejected"),
    ]);
    expect({
      pending: ids(tabs.pending),
      approved: ids(tabs.approved),
      answered: ids(tabs.answered),
      done: ids(tabs.done),
    }).toEqual({ pending: ["e"], approved: ["b", "c"], answered: ["a"], done: ["d"] });
  });
});

describe("canVote", () => {
  it("takes votes on questions that are up for answering only", () => {
    const statuses = ["pending", "approved", "answered", "done", "rejected"] as const;
    expect(statuses.map((status) => canVote(question("x", status)))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("arrivals", () => {
  it("announces nothing on the first look", () => {
    expect(arrivals(null, [question("a", "pending")], true).arrived).toEqual([]);
  });

  it("tells hosts of new questions waiting for approval, not their own", () => {
    const first = arrivals(null, [question("a", "pending")], true);
    const next = arrivals(
      first.known,
      [
        question("a", "pending"),
        question("b", "pending"),
        question("c", "pending", true),
        question("d", "approved"),
      ],
      true,
    );
    expect(ids(next.arrived)).toEqual(["b"]);
  });

  it("tells viewers of questions newly approved, and again if one comes back", () => {
    const first = arrivals(null, [question("a", "approved")], false);
    const second = arrivals(first.known, [question("a", "answered"), question("b", "approved")], false);
    expect(ids(second.arrived)).toEqual(["b"]);
    const third = arrivals(second.known, [question("b", "approved"), question("x", "pending")], false);
    expect(third.arrived).toEqual([]);
  });
});

describe("parseQaPacket", () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

  it("reads a queue change and ignores anything else", () => {
    expect(parseQaPacket(encode({ type: "qa.changed", questionId: "q1" }))).toEqual({
      type: "qa.changed",
      questionId: "q1",
    });
    expect(parseQaPacket(encode({ type: "chat.message" }))).toBeNull();
    expect(parseQaPacket(new TextEncoder().encode("{"))).toBeNull();
    expect(parseQaPacket(new Uint8Array([0xff]))).toBeNull();
  });
});

describe("tabAfterKey", () => {
  it("moves along the tabs with the arrows, wrapping, and jumps with Home and End", () => {
    expect(tabAfterKey("pending", "ArrowRight")).toBe("approved");
    expect(tabAfterKey("done", "ArrowRight")).toBe("pending");
    expect(tabAfterKey("pending", "ArrowLeft")).toBe("done");
    expect(tabAfterKey("answered", "Home")).toBe("pending");
    expect(tabAfterKey("approved", "End")).toBe("done");
    expect(tabAfterKey("approved", "Enter")).toBeNull();
  });
});
