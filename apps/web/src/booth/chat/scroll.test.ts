import { describe, expect, it } from "vitest";
import { isAtBottom, nextScrollTop } from "./scroll.ts";

const box = { scrollTop: 200, scrollHeight: 900, clientHeight: 400 };

describe("nextScrollTop", () => {
  it("follows a new message when the reader was at the bottom", () => {
    const before = { firstId: "a", lastId: "b", height: 800 };
    const after = { firstId: "a", lastId: "c", height: 900 };
    expect(nextScrollTop(before, after, box, true, false)).toBe(900);
  });

  it("leaves a reader who scrolled back where they are", () => {
    const before = { firstId: "a", lastId: "b", height: 800 };
    const after = { firstId: "a", lastId: "c", height: 900 };
    expect(nextScrollTop(before, after, box, false, false)).toBeNull();
  });

  it("always shows the reader's own new message", () => {
    const before = { firstId: "a", lastId: "b", height: 800 };
    const after = { firstId: "a", lastId: "c", height: 900 };
    expect(nextScrollTop(before, after, box, false, true)).toBe(900);
  });

  it("keeps the same messages in view when earlier ones load above", () => {
    const before = { firstId: "c", lastId: "z", height: 600 };
    const after = { firstId: "a", lastId: "z", height: 900 };
    expect(nextScrollTop(before, after, { ...box, scrollTop: 0 }, false, false)).toBe(300);
  });

  it("goes to the bottom when the first page arrives", () => {
    const before = { firstId: undefined, lastId: undefined, height: 100 };
    const after = { firstId: "a", lastId: "z", height: 900 };
    expect(nextScrollTop(before, after, box, true, false)).toBe(900);
  });
});

describe("isAtBottom", () => {
  it("counts the last few pixels as the bottom", () => {
    expect(isAtBottom({ scrollTop: 460, scrollHeight: 900, clientHeight: 400 })).toBe(true);
    expect(isAtBottom({ scrollTop: 300, scrollHeight: 900, clientHeight: 400 })).toBe(false);
  });
});
