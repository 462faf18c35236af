import type { RecordingItem } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { filterRecordings, groupRecordings, hostOptions, PROGRAMME } from "./groups.ts";

function recording(
  eventId: string,
  host: string | null,
  day: number,
  title = `Talk ${eventId}`,
): RecordingItem {
  const name = host === null ? { ru: "", en: "" } : { ru: `${host} RU`, en: host };
  return {
    eventId,
    title: { ru: `Доклад ${eventId}`, en: title },
    startsAt: new Date(Date.UTC(2026, 3, day, 10)).toISOString(),
    timezone: "Europe/Moscow",
    host: { exhibitorId: host === null ? null : `id-${host}`, name },
    url: `/files/${eventId}`,
    durationMs: 60_000,
    posterUrl: null,
  };
}

const items = [
  recording("a", "Zeta", 1),
  recording("b", "Acme", 2, "Robots in the warehouse"),
  recording("c", null, 3),
  recording("d", "Acme", 5, "Spring launch"),
];

describe("groupRecordings", () => {
  it("groups by company, the programme first, companies by name, newest recordings first", () => {
    const groups = groupRecordings(items, "en");
    expect(groups.map((g) => [g.key, g.name, g.items.map((i) => i.eventId)])).toEqual([
      [PROGRAMME, "", ["c"]],
      ["id-Acme", "Acme", ["d", "b"]],
      ["id-Zeta", "Zeta", ["a"]],
    ]);
  });

  it("names companies in the reader's language", () => {
    expect(hostOptions(items, "ru").map((o) => o.name)).toEqual(["", "Acme RU", "Zeta RU"]);
  });
});

describe("filterRecordings", () => {
  it("keeps one company's recordings, or the programme's", () => {
    expect(filterRecordings(items, { host: "id-Acme", query: "" }).map((i) => i.eventId)).toEqual(["b", "d"]);
    expect(filterRecordings(items, { host: PROGRAMME, query: "" }).map((i) => i.eventId)).toEqual(["c"]);
  });

  it("finds a title in either language, whatever the case", () => {
    expect(filterRecordings(items, { host: "", query: "ROBOTS" }).map((i) => i.eventId)).toEqual(["b"]);
    expect(filterRecordings(items, { host: "", query: "доклад d" }).map((i) => i.eventId)).toEqual(["d"]);
    expect(filterRecordings(items, { host: "id-Zeta", query: "spring" })).toEqual([]);
  });
});
