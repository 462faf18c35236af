import { describe, expect, it } from "vitest";
import { changeFieldLabel, changeValue } from "./changeLabels.ts";

const t = (key: string, options?: Record<string, unknown>) =>
  key === "authoring:review.agendaItem"
    ? `Agenda item ${options?.n}`
    : key === "errors:fieldNames.event.title.ru"
      ? "Title (Russian)"
      : String(options?.defaultValue);

describe("the review diff's words", () => {
  it("names fields as the editor does, agenda items counted from 1", () => {
    expect(changeFieldLabel("title.ru", t)).toBe("Title (Russian)");
    expect(changeFieldLabel("agenda.2", t)).toBe("Agenda item 3");
    expect(changeFieldLabel("somethingNew", t)).toBe("somethingNew");
  });

  it("formats moments and shows nothing as a dash", () => {
    expect(changeValue("2025-10-14T08:00:00.000Z", () => "14 Oct, 11:00")).toBe("14 Oct, 11:00");
    expect(changeValue("Seminar", () => "x")).toBe("Seminar");
    expect(changeValue(null, () => "x")).toBe("—");
    expect(changeValue("2026-11-26T11:00:00.000Z · 40 min · talk", () => "11:00")).toBe(
      "11:00 · 40 min · talk",
    );
  });
});
