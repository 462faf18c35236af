import type { ChatMessage } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import {
  addMessage,
  applyLatestPage,
  applyOlderPage,
  emptyChatLog,
  mergeMessages,
  removeMessage,
} from "./messages.ts";

function message(id: string, minute: number, body = `message ${id}`): ChatMessage {
  return {
    id,
    body,
    createdAt: new Date(Date.UTC(2026, 3, 1, 10, minute)).toISOString(),
    author: { id: "user-1", name: "Anna", role: "visitor" },
  };
}

const ids = (messages: readonly ChatMessage[]) => messages.map((m) => m.id);

describe("mergeMessages", () => {
  it("keeps one copy of a message that came both as the send result and as a packet", () => {
    const sent = message("b", 2);
    const merged = mergeMessages(mergeMessages([message("a", 1)], [sent]), [{ ...sent }]);
    expect(ids(merged)).toEqual(["a", "b"]);
  });

  it("orders by time, whatever order they arrived in", () => {
    expect(ids(mergeMessages([message("c", 3), message("a", 1)], [message("b", 2)]))).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("leaves out messages a moderator deleted", () => {
    expect(ids(mergeMessages([message("a", 1)], [message("b", 2)], new Set(["a"])))).toEqual(["b"]);
  });
});

describe("the chat log", () => {
  it("does not bring back a deleted message when a late packet or page repeats it", () => {
    let log = applyLatestPage(emptyChatLog, [message("a", 1), message("b", 2)], 50);
    log = removeMessage(log, "a");
    log = addMessage(log, message("a", 1));
    log = applyLatestPage(log, [message("a", 1), message("b", 2)], 50);
    expect(ids(log.messages)).toEqual(["b"]);
  });

  it("drops a message the newest page no longer has (deleted while we only polled)", () => {
    let log = applyLatestPage(emptyChatLog, [message("a", 1), message("b", 2), message("c", 3)], 50);
    log = applyLatestPage(log, [message("a", 1), message("c", 3)], 50);
    expect(ids(log.messages)).toEqual(["a", "c"]);
  });

  it("keeps live messages newer than a page that was answered before they were sent", () => {
    let log = applyLatestPage(emptyChatLog, [message("a", 1)], 50);
    log = addMessage(log, message("b", 2));
    log = applyLatestPage(log, [message("a", 1)], 50);
    expect(ids(log.messages)).toEqual(["a", "b"]);
  });

  it("keeps older pages when the newest page is refreshed", () => {
    let log = applyLatestPage(emptyChatLog, [message("c", 3), message("d", 4)], 2);
    expect(log.hasOlder).toBe(true);
    log = applyOlderPage(log, [message("a", 1), message("b", 2)], 2);
    log = applyLatestPage(log, [message("d", 4), message("e", 5)], 2);
    expect(ids(log.messages)).toEqual(["a", "b", "c", "d", "e"]);
    expect(log.hasOlder).toBe(true);
    log = applyOlderPage(log, [], 2);
    expect(log.hasOlder).toBe(false);
  });

  it("offers no older messages when the first page was not full", () => {
    const log = applyLatestPage(emptyChatLog, [message("a", 1)], 50);
    expect([log.loaded, log.hasOlder]).toEqual([true, false]);
    expect(applyLatestPage(emptyChatLog, [], 50).loaded).toBe(true);
  });
});
