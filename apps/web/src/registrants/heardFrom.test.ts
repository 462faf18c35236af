import { describe, expect, it } from "vitest";
import {
  addChoice,
  draftOf,
  isChanged,
  labelField,
  moveChoice,
  parseLabelField,
  relabel,
  removeChoice,
  saveInput,
} from "./heardFrom.ts";

const saved = [
  { id: "a", label: { ru: "От коллег", en: "From colleagues" } },
  { id: "b", label: { ru: "Реклама", en: "An advert" } },
  { id: "c", label: { ru: "Соцсети", en: "Social media" } },
];

describe("editing the choices", () => {
  it("moves a choice up and down, and not past the ends", () => {
    const draft = draftOf(saved);
    expect(moveChoice(draft, 2, -1).map((choice) => choice.id)).toEqual(["a", "c", "b"]);
    expect(moveChoice(draft, 0, 1).map((choice) => choice.id)).toEqual(["b", "a", "c"]);
    expect(moveChoice(draft, 0, -1).map((choice) => choice.id)).toEqual(["a", "b", "c"]);
    expect(moveChoice(draft, 2, 1).map((choice) => choice.id)).toEqual(["a", "b", "c"]);
  });

  it("adds empty choices with keys of their own, and removes one", () => {
    const draft = addChoice(addChoice(draftOf(saved)));
    expect(draft).toHaveLength(5);
    expect(draft[3]?.key).not.toBe(draft[4]?.key);
    expect(draft[3]?.id).toBeUndefined();
    expect(removeChoice(draft, 1).map((choice) => choice.key)).toEqual([
      "a",
      "c",
      draft[3]?.key,
      draft[4]?.key,
    ]);
  });

  it("sends saved choices by id and new ones without, in the shown order", () => {
    const draft = relabel(addChoice(moveChoice(draftOf(saved), 1, -1)), 3, "ru", "Выставка");
    expect(saveInput(draft).options).toEqual([
      { id: "b", label: { ru: "Реклама", en: "An advert" } },
      { id: "a", label: { ru: "От коллег", en: "From colleagues" } },
      { id: "c", label: { ru: "Соцсети", en: "Social media" } },
      { label: { ru: "Выставка", en: "" } },
    ]);
  });

  it("notices a change of order or wording, and no change", () => {
    expect(isChanged(draftOf(saved), saved)).toBe(false);
    expect(isChanged(moveChoice(draftOf(saved), 0, 1), saved)).toBe(true);
    expect(isChanged(relabel(draftOf(saved), 0, "en", "Colleagues"), saved)).toBe(true);
  });
});

describe("label fields and their errors", () => {
  it("names each label the way the API reports its errors", () => {
    expect(labelField(2, "en")).toBe("options.2.label.en");
    expect(parseLabelField("options.2.label.en")).toEqual({ index: 2, language: "en" });
    expect(parseLabelField("options")).toBeNull();
  });
});
