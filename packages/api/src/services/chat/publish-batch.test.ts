import type { ChatMessage } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { chatPackets } from "./publish-batch.ts";

const message = (id: string, body = "Hello"): ChatMessage => ({
  ...{ id, body, createdAt: "2026-11-23T12:00:00.000Z" },
  author: { id: "u1", name: "Вера", role: "visitor" },
});

describe("chat packets for messages stored together", () => {
  it("sends a lone message as chat.message and several as one chat.messages, in order", () => {
    expect(chatPackets([message("a")])).toEqual([{ type: "chat.message", message: message("a") }]);
    expect(chatPackets([message("a"), message("b"), message("c")])).toEqual([
      { type: "chat.messages", messages: [message("a"), message("b"), message("c")] },
    ]);
    expect(chatPackets([])).toEqual([]);
  });

  it("splits a group that would make a packet over the size limit, never a message", () => {
    const long = (id: string) => message(id, "ж".repeat(1000)); // 2,000 bytes of UTF-8
    const packets = chatPackets(["a", "b", "c", "d", "e"].map(long), 5_000);
    expect(packets.map((p) => (p.type === "chat.messages" ? p.messages.map((m) => m.id) : p.type))).toEqual([
      ["a", "b"],
      ["c", "d"],
      "chat.message",
    ]);
    for (const packet of packets) expect(Buffer.byteLength(JSON.stringify(packet))).toBeLessThan(5_200);
  });
});
