import { describe, expect, it } from "vitest";
import { safeNext, signInHref } from "./next.ts";

describe("safeNext", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeNext("/exhibitors?floor=schools")).toBe("/exhibitors?floor=schools");
    expect(safeNext("/admin/outbox")).toBe("/admin/outbox");
  });

  it("refuses other sites and odd values", () => {
    expect(safeNext("https://evil.example")).toBe("/");
    expect(safeNext("//evil.example")).toBe("/");
    expect(safeNext("/\\evil.example")).toBe("/");
    expect(safeNext("")).toBe("/");
    expect(safeNext(null)).toBe("/");
  });

  it("does not send a visitor back to a sign-in form", () => {
    expect(safeNext("/sign-in?next=/x")).toBe("/");
    expect(safeNext("/reset-password?token=abc")).toBe("/");
  });
});

describe("signInHref", () => {
  it("carries the current page as next", () => {
    expect(signInHref("/admin/outbox")).toBe("/sign-in?next=%2Fadmin%2Foutbox");
    expect(signInHref("/exhibitors?q=a", "/sign-up")).toBe("/sign-up?next=%2Fexhibitors%3Fq%3Da");
  });

  it("needs no next for the home page", () => {
    expect(signInHref("/")).toBe("/sign-in");
  });
});
