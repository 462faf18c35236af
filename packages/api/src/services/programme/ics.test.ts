import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarEntry } from "./ics.ts";

const entry: CalendarEntry = {
  id: "ev-1",
  title: "Станки с ЧПУ: новое поколение — обзор линейки, цены, сроки поставки и сервис по всей России",
  description: "Три тезиса.\nВторая строка.",
  startsAt: "2026-11-24T07:00:00.000Z",
  endsAt: "2026-11-24T08:30:00.000Z",
  timezone: "Europe/Moscow",
  url: "https://expo.example/events/ev-1",
  cancelled: false,
  updatedAt: "2026-10-01T10:00:00.000Z",
};

/** Undoes RFC 5545 line folding (CRLF followed by one space or tab continues the line). */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}

/** A property's value with its TEXT escapes undone. */
function property(lines: string[], name: string): string | undefined {
  const line = lines.find(
    (candidate) => candidate.startsWith(`${name}:`) || candidate.startsWith(`${name};`),
  );
  return line
    ?.replace(/^[^:]*:/, "")
    .replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === "n" ? "\n" : c));
}

describe("buildCalendar", () => {
  it("writes the event with its UID, UTC start, status and Cyrillic title intact", () => {
    const text = buildCalendar([entry], { name: "Выставка", method: "REQUEST" });
    const lines = unfold(text);
    expect(property(lines, "METHOD")).toBe("REQUEST");
    expect(property(lines, "UID")).toBe("ev-1@pavilion");
    expect(property(lines, "DTSTART")).toBe("20261124T070000Z");
    expect(property(lines, "DTEND")).toBe("20261124T083000Z");
    expect(property(lines, "SUMMARY")).toBe(entry.title);
    expect(property(lines, "STATUS")).toBe("CONFIRMED");
    expect(property(lines, "X-WR-TIMEZONE")).toBe("Europe/Moscow");
    expect(Number(property(lines, "SEQUENCE"))).toBeGreaterThan(0);
  });

  it("folds long lines at 75 octets without splitting a Cyrillic letter", () => {
    const text = buildCalendar([entry], { name: "Выставка" });
    for (const line of text.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(property(unfold(text), "METHOD")).toBe("PUBLISH");
  });

  it("marks a cancelled event CANCELLED and a later change with a higher SEQUENCE", () => {
    const before = unfold(buildCalendar([entry], { name: "x" }));
    const after = unfold(
      buildCalendar([{ ...entry, cancelled: true, updatedAt: "2026-10-02T10:00:00.000Z" }], { name: "x" }),
    );
    expect(property(after, "STATUS")).toBe("CANCELLED");
    expect(Number(property(after, "SEQUENCE"))).toBeGreaterThan(Number(property(before, "SEQUENCE")));
  });
});
