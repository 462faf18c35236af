import { describe, expect, it } from "vitest";
import { testTranslators } from "../i18n/testing.ts";
import { activityLine } from "./activityLine.ts";

const acme = { en: "Acme", ru: "Акме" };
const { en, ru } = await testTranslators(["privacy"]);

describe("a line of my activity", () => {
  it("names the booth I visited, in the language I read", () => {
    const item = { kind: "booth.visit", subject: null, exhibitorName: acme, minutes: null };
    expect(activityLine(item, "en", en)).toBe("Visited Acme's booth");
    expect(activityLine(item, "ru", ru)).toBe("Зашли на стенд Акме");
  });

  it("names the material and where I downloaded it", () => {
    const item = {
      kind: "material.download",
      subject: { en: "Price list.pdf", ru: "" },
      exhibitorName: acme,
      minutes: null,
    };
    expect(activityLine(item, "en", en)).toBe("Downloaded Price list.pdf at Acme");
    expect(activityLine(item, "ru", ru)).toBe("Скачали Price list.pdf на стенде Акме");
  });

  it("says how long I watched a session", () => {
    const item = {
      kind: "webinar.left",
      subject: { en: "Keynote", ru: "Доклад" },
      exhibitorName: null,
      minutes: 12,
    };
    expect(activityLine(item, "en", en)).toBe("Watched “Keynote” for 12 min");
  });

  it("names the 3D model I looked at and how long I toured a company's site", () => {
    const model = {
      kind: "model.viewed",
      subject: { en: "Lathe", ru: "Станок" },
      exhibitorName: acme,
      minutes: null,
    };
    expect(activityLine(model, "en", en)).toBe("Viewed the 3D model Lathe at Acme");
    expect(activityLine(model, "ru", ru)).toBe("Посмотрели 3D-модель Станок на стенде Акме");
    const tour = { kind: "tour.left", subject: null, exhibitorName: acme, minutes: 4.2 };
    expect(activityLine(tour, "en", en)).toBe("Toured Acme's site for 4 min");
    expect(activityLine(tour, "ru", ru)).toBe("Провели 4 мин на экскурсии по площадке Акме");
  });

  it("words a kind it does not know without hiding it", () => {
    const item = { kind: "future.thing", subject: null, exhibitorName: null, minutes: null };
    expect(activityLine(item, "en", en)).toBe("Other activity (future.thing)");
  });

  it("still reads when the company is gone", () => {
    const item = { kind: "contact.left", subject: null, exhibitorName: null, minutes: null };
    expect(activityLine(item, "en", en)).toBe("Left your contacts with a company");
  });
});
