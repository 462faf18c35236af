import { describe, expect, it } from "vitest";
import { diffDrafts } from "./diff.ts";
import { eventDraft, moscow } from "./test-fixtures.ts";

const names = new Map([
  ["s1", "Anna Petrova"],
  ["s2", "Boris Orlov"],
]);

describe("what a proposed version changes", () => {
  it("finds nothing between equal versions", () => {
    expect(diffDrafts(eventDraft("s1"), eventDraft("s1"), names)).toEqual([]);
  });

  it("names each changed field with its old and new value, speakers by name", () => {
    const before = eventDraft("s1");
    const after = eventDraft("s1", {
      description: { ru: before.description.ru, en: "New text." },
      capacity: null,
      speakers: [
        { speakerId: "s1", role: "speaker" },
        { speakerId: "s2", role: "moderator" },
      ],
    });
    expect(diffDrafts(before, after, names)).toEqual([
      { field: "description.en", before: "What is new in machine tools.", after: "New text." },
      { field: "capacity", before: "100", after: null },
      {
        field: "speakers",
        before: "Anna Petrova (speaker)",
        after: "Anna Petrova (speaker); Boris Orlov (moderator)",
      },
    ]);
  });

  it("compares the agenda item by item, a removed item against nothing", () => {
    const before = eventDraft("s1");
    const after = eventDraft("s1", { agenda: before.agenda.slice(0, 3) });
    const [change, ...rest] = diffDrafts(before, after, names);
    expect(rest).toEqual([]);
    expect(change).toEqual({
      field: "agenda.3",
      before: `${moscow("12:10")} · 20 min · qa · Вопросы / qa`,
      after: null,
    });
  });
});
