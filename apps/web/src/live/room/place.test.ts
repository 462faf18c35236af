import { describe, expect, it } from "vitest";
import { placeInput, placeKey, placeKind } from "./place.ts";

describe("a live place", () => {
  it("is a booth or an event, and names itself in API inputs by exactly one id", () => {
    const booth = { exhibitorId: "e1" };
    const event = { eventId: "v1" };
    expect([placeKind(booth), placeKind(event)]).toEqual(["booth", "event"]);
    expect(placeInput(booth)).toEqual({ exhibitorId: "e1" });
    expect(placeInput(event)).toEqual({ eventId: "v1" });
  });

  it("sends no stray fields a caller's object carries", () => {
    const place = { eventId: "v1", title: "Launch" } as { eventId: string };
    expect(placeInput(place)).toEqual({ eventId: "v1" });
  });

  it("keys a booth and an event with the same id apart", () => {
    expect(placeKey({ exhibitorId: "x" })).not.toBe(placeKey({ eventId: "x" }));
  });
});
