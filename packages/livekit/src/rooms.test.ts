import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { boothRoomName, eventRoomName, InvalidRoomIdError, parseRoomName, roomName } from "./rooms.ts";

describe("room names", () => {
  it("names a booth room after the exhibitor id and reads it back", () => {
    const id = randomUUID();
    expect(boothRoomName(id)).toBe(`booth_${id}`);
    expect(parseRoomName(boothRoomName(id))).toEqual({ kind: "booth", exhibitorId: id });
  });

  it("names an event room after the event id and reads it back", () => {
    const id = randomUUID();
    expect(eventRoomName(id)).toBe(`event_${id}`);
    expect(parseRoomName(eventRoomName(id))).toEqual({ kind: "event", eventId: id });
  });

  it("round-trips every kind of reference through roomName", () => {
    const booth = { kind: "booth", exhibitorId: randomUUID() } as const;
    const event = { kind: "event", eventId: randomUUID() } as const;
    expect(parseRoomName(roomName(booth))).toEqual(booth);
    expect(parseRoomName(roomName(event))).toEqual(event);
  });

  it("gives the same room for an id in upper or lower case", () => {
    const id = randomUUID();
    expect(boothRoomName(id.toUpperCase())).toBe(boothRoomName(id));
  });

  it("refuses to name a room after something that is not a UUID", () => {
    expect(() => boothRoomName("x_event_1")).toThrow(InvalidRoomIdError);
    expect(() => eventRoomName("")).toThrow(InvalidRoomIdError);
  });

  it("does not recognise names that are not ours", () => {
    expect(parseRoomName("lobby")).toBeNull();
    expect(parseRoomName("booth_")).toBeNull();
    expect(parseRoomName(`booth_${randomUUID()}_extra`)).toBeNull();
    expect(parseRoomName(`stage_${randomUUID()}`)).toBeNull();
  });
});
