import { eventDraftSchema } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { blankValues, draftFromValues, moved, newAgendaRow, valuesFromDraft } from "./draftValues.ts";

const exhibition = { startsOn: "2025-10-12", endsOn: "2025-10-20", timezone: "Europe/Moscow" };

describe("the event editor's values", () => {
  it("starts a new event on the first exhibition day from today, 11:00–12:00", () => {
    const values = blankValues(exhibition, "2025-10-14");
    expect(values.day).toBe("2025-10-14");
    expect(blankValues(exhibition, "2025-09-01").day).toBe("2025-10-12");
    const draft = draftFromValues(values, exhibition.timezone);
    expect(draft.startsAt).toBe("2025-10-14T08:00:00.000Z");
    expect(draft.endsAt).toBe("2025-10-14T09:00:00.000Z");
    expect(draft.capacity).toBeNull();
  });

  it("sends a talk with its theses and drops blank ones, so the schema can count them", () => {
    const values = blankValues(exhibition, "2025-10-14");
    values.title = { ru: "Вебинар", en: "" };
    values.description = { ru: "Описание", en: "" };
    values.speakers = [{ key: "s", speakerId: "00000000-0000-4000-8000-000000000001", role: "speaker" }];
    const talk = newAgendaRow(values);
    talk.title.ru = "Доклад";
    talk.theses = { ru: ["Первый", "Второй", " "], en: ["", ""] };
    talk.speakerId = "00000000-0000-4000-8000-000000000001";
    values.agenda = [talk];
    const draft = draftFromValues(values, exhibition.timezone);
    expect(draft.agenda[0]?.theses).toEqual({ ru: ["Первый", "Второй"], en: [] });
    expect(eventDraftSchema.safeParse(draft).success).toBe(true);
    const next = newAgendaRow({ ...values, agenda: [talk] }, "qa");
    expect(next.start).toBe("11:30");
    expect(next.theses).toEqual({ ru: [], en: [] });
  });

  it("reads a saved draft back as the same clock times", () => {
    const values = blankValues(exhibition, "2025-10-14");
    values.title.en = "Webinar";
    values.description.en = "About";
    values.capacity = "40";
    values.start = "14:30";
    values.end = "15:30";
    const draft = draftFromValues(values, exhibition.timezone);
    const back = valuesFromDraft(draft, exhibition.timezone);
    expect(back.start).toBe("14:30");
    expect(back.end).toBe("15:30");
    expect(back.capacity).toBe("40");
  });

  it("leaves an unfinished time for the schema to name", () => {
    const values = blankValues(exhibition, "2025-10-14");
    values.start = "";
    const result = eventDraftSchema.safeParse(draftFromValues(values, exhibition.timezone));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("startsAt");
  });

  it("moves rows up and down and stops at the ends", () => {
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});
