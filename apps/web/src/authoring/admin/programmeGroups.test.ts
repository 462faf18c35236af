import type { AuthoredEvent } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { groupByDayAndStream } from "./programmeGroups.ts";

function session(id: string, startsAt: string, stream: string | null): AuthoredEvent {
  return {
    id,
    kind: "programme",
    exhibitorId: null,
    format: "seminar",
    title: { ru: id, en: id },
    stream,
    startsAt,
    endsAt: startsAt,
    timezone: "Europe/Moscow",
    status: "approved",
    state: "approved",
    reviewNote: null,
    revision: null,
    registered: 0,
    updatedAt: startsAt,
  };
}

describe("the programme by day and stream", () => {
  it("groups by the exhibition's day, streams by name with unstreamed last, sessions by time", () => {
    const groups = groupByDayAndStream([
      session("b2", "2025-10-14T11:00:00Z", "B"),
      session("none", "2025-10-14T09:00:00Z", null),
      session("a1", "2025-10-14T08:00:00Z", "A"),
      session("b1", "2025-10-14T08:00:00Z", "B"),
      // 22:30 UTC is already the next day in Moscow.
      session("late", "2025-10-14T22:30:00Z", "A"),
    ]);
    expect(groups.map((group) => group.day)).toEqual(["2025-10-14", "2025-10-15"]);
    expect(
      groups[0]?.streams.map((stream) => [stream.stream, stream.events.map((event) => event.id)]),
    ).toEqual([
      ["A", ["a1"]],
      ["B", ["b1", "b2"]],
      [null, ["none"]],
    ]);
  });
});
