import type { ChatMessage } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { alertPlan, isFromVisitor, messageStart, takeFresh, titleWithUnread } from "./alerts.ts";

function message(
  id: string,
  role: ChatMessage["author"]["role"] = "visitor",
  authorId = "visitor-1",
): ChatMessage {
  return {
    id,
    body: `message ${id}`,
    createdAt: "2026-04-01T10:00:00.000Z",
    author: { id: authorId, name: "Vera", role },
  };
}

describe("alertPlan", () => {
  it("only counts a message unread when the chat is not in front of the staff member", () => {
    const watching = alertPlan({ onLiveTab: true, pageVisible: true, permission: "granted" });
    expect(watching).toEqual({ unread: false, toast: false, notify: false });
    const otherTab = alertPlan({ onLiveTab: false, pageVisible: true, permission: "granted" });
    expect(otherTab).toEqual({ unread: true, toast: true, notify: false });
  });

  it("notifies through the browser only in the background and only when allowed", () => {
    const away = { onLiveTab: true, pageVisible: false };
    expect(alertPlan({ ...away, permission: "granted" })).toEqual({
      unread: true,
      toast: false,
      notify: true,
    });
    expect(alertPlan({ ...away, permission: "default" }).notify).toBe(false);
    expect(alertPlan({ ...away, permission: "denied" }).notify).toBe(false);
    expect(alertPlan({ ...away, permission: "unsupported" }).notify).toBe(false);
  });
});

describe("which messages are told", () => {
  it("tells a visitor's message, not one's own or a colleague's or an organiser's", () => {
    expect(isFromVisitor(message("a"), "staff-1")).toBe(true);
    expect(isFromVisitor(message("b", "staff", "staff-2"), "staff-1")).toBe(false);
    expect(isFromVisitor(message("c", "organiser", "org-1"), "staff-1")).toBe(false);
    expect(isFromVisitor(message("d", "visitor", "staff-1"), "staff-1")).toBe(false);
  });

  it("tells each message once, whether it came live or with the next poll", () => {
    const seen = new Set<string>();
    expect(takeFresh(seen, [message("a"), message("b")]).map((m) => m.id)).toEqual(["a", "b"]);
    expect(takeFresh(seen, [message("b")])).toEqual([]);
    expect(takeFresh(seen, [message("a"), message("b"), message("c")]).map((m) => m.id)).toEqual(["c"]);
  });
});

describe("titleWithUnread", () => {
  it("puts the count in front and replaces an older count", () => {
    expect(titleWithUnread("Live — Acme · Expo", 2)).toBe("(2) Live — Acme · Expo");
    expect(titleWithUnread("(2) Live — Acme · Expo", 3)).toBe("(3) Live — Acme · Expo");
  });

  it("takes the count away when all is read", () => {
    expect(titleWithUnread("(12) Live — Acme", 0)).toBe("Live — Acme");
    expect(titleWithUnread("Live", 0)).toBe("Live");
  });
});

describe("messageStart", () => {
  it("keeps a short message whole, on one line", () => {
    expect(messageStart("Do you ship\nto Kazan?")).toBe("Do you ship to Kazan?");
  });

  it("cuts a long message at a word and says it goes on", () => {
    const text = "We would like to order two hundred units of the blue model for our shops in the north";
    const start = messageStart(text, 40);
    expect(start).toBe("We would like to order two hundred…");
    expect(start.length).toBeLessThanOrEqual(41);
  });

  it("cuts a long word where it must", () => {
    expect(messageStart("x".repeat(100), 10)).toBe(`${"x".repeat(10)}…`);
  });
});
