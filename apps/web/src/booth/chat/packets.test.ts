import { describe, expect, it } from "vitest";
import { newMessagesIn, parseChatPacket } from "./packets.ts";

const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

const message = {
  id: "m1",
  body: "<b>Hello</b>",
  createdAt: "2026-04-01T10:00:00.000Z",
  author: { id: "u1", name: "Anna", role: "staff" },
};

describe("parseChatPacket", () => {
  it("reads a new message and a deletion", () => {
    expect(parseChatPacket(encode({ type: "chat.message", message }), "chat")).toEqual({
      type: "chat.message",
      message,
    });
    expect(parseChatPacket(encode({ type: "chat.deleted", id: "m1" }), "chat")).toEqual({
      type: "chat.deleted",
      id: "m1",
    });
  });

  it("keeps only the fields a message has", () => {
    const extra = { ...message, html: "<script>", author: { ...message.author, email: "a@b.c" } };
    expect(parseChatPacket(encode({ type: "chat.message", message: extra }), "chat")).toEqual({
      type: "chat.message",
      message,
    });
  });

  it("ignores other topics, junk and packets of unknown shape", () => {
    const junk = [
      parseChatPacket(encode({ type: "chat.message", message }), "qa"),
      parseChatPacket(encode({ type: "chat.message", message }), undefined),
      parseChatPacket(encode("not json"), "chat"),
      parseChatPacket(new Uint8Array([0xff, 0xfe, 0x00]), "chat"),
      parseChatPacket(encode(null), "chat"),
      parseChatPacket(encode([1, 2]), "chat"),
      parseChatPacket(encode({ type: "chat.typing", id: "m1" }), "chat"),
      parseChatPacket(encode({ type: "chat.deleted", id: 5 }), "chat"),
      parseChatPacket(encode({ type: "chat.message", message: { ...message, id: undefined } }), "chat"),
      parseChatPacket(
        encode({
          type: "chat.message",
          message: { ...message, author: { ...message.author, role: "admin" } },
        }),
        "chat",
      ),
      parseChatPacket(encode({ type: "chat.message", message: { ...message, body: 42 } }), "chat"),
    ];
    expect(junk).toEqual(junk.map(() => null));
  });
});

describe("newMessagesIn", () => {
  const second = { ...message, id: "m2", body: "Again" };

  it("gives the messages of a single or a grouped packet, oldest first, and none for a deletion", () => {
    expect(newMessagesIn(parseChatPacket(encode({ type: "chat.message", message }), "chat"))).toEqual([
      message,
    ]);
    const grouped = parseChatPacket(encode({ type: "chat.messages", messages: [message, second] }), "chat");
    expect(newMessagesIn(grouped)).toEqual([message, second]);
    expect(newMessagesIn(parseChatPacket(encode({ type: "chat.deleted", id: "m1" }), "chat"))).toEqual([]);
    expect(newMessagesIn(null)).toEqual([]);
  });

  it("drops a grouped packet that is empty or carries a malformed message", () => {
    expect(parseChatPacket(encode({ type: "chat.messages", messages: [] }), "chat")).toBeNull();
    const bad = { type: "chat.messages", messages: [message, { ...second, body: 42 }] };
    expect(parseChatPacket(encode(bad), "chat")).toBeNull();
  });
});
