import { describe, expect, it } from "vitest";
import { createTestI18n } from "../i18n/testing.ts";
import { formatPoints, formatShare, lineOpacity, timelineKey, warmthLineKey } from "./words.ts";

describe("words for a lead's activity", () => {
  it("names the subject when there is one", async () => {
    const i18n = await createTestI18n(["leads"], "leads");
    const en = i18n.getFixedT("en", "leads");
    const ru = i18n.getFixedT("ru", "leads");
    expect(en(warmthLineKey("material.download", "Price list.pdf"), { subject: "Price list.pdf" })).toBe(
      "Downloaded Price list.pdf",
    );
    expect(ru(warmthLineKey("material.download", "Прайс.pdf"), { subject: "Прайс.pdf" })).toBe(
      "Скачивание «Прайс.pdf»",
    );
    expect(en(warmthLineKey("material.download", ""))).toBe("Downloaded a material");
    expect(en(warmthLineKey("booth.minute", ""), { minutes: "4.5" })).toBe("Spent 4.5 min at the booth");
    expect(en(warmthLineKey("contact.left", "ignored"))).toBe("Left contacts");
  });

  it("words every timeline kind and falls back for unknown ones", async () => {
    const i18n = await createTestI18n(["leads"], "leads");
    const en = i18n.getFixedT("en", "leads");
    expect(en(timelineKey("booth.visit", ""))).toBe("Visited the booth");
    expect(en(timelineKey("webinar.left", "Launch"), { subject: "Launch", minutes: "12" })).toBe(
      "Left Launch after 12 min",
    );
    expect(timelineKey("robot.dance", "")).toBe("timelineKinds.other");
    expect(en(timelineKey("tour.left", ""), { minutes: "4" })).toBe("Toured the site · 4 min");
  });

  it("explains the 3D model viewed and the minutes in the tour", async () => {
    const i18n = await createTestI18n(["leads"], "leads");
    const en = i18n.getFixedT("en", "leads");
    const ru = i18n.getFixedT("ru", "leads");
    expect(en(warmthLineKey("model.viewed", "Lathe"), { subject: "Lathe" })).toBe(
      "Viewed the 3D model Lathe",
    );
    expect(ru(warmthLineKey("model.viewed", "Станок"), { subject: "Станок" })).toBe(
      "Просмотр 3D-модели «Станок»",
    );
    expect(en(warmthLineKey("model.viewed", ""))).toBe("Viewed a 3D model");
    expect(en(warmthLineKey("tour.minute", ""), { minutes: "4" })).toBe("Toured the site · 4 min");
  });

  it("formats points with the reader's decimal sign", () => {
    expect(formatPoints(12.44, "en")).toBe("12.4");
    expect(formatPoints(12.44, "ru")).toBe("12,4");
    expect(formatPoints(15, "en")).toBe("15");
  });

  it("fades a line by the share of points decay left it, never below readable", () => {
    expect(lineOpacity(15, 15)).toBe(1);
    expect(lineOpacity(7.5, 15)).toBe(0.78);
    expect(lineOpacity(0, 15)).toBe(0.55);
    expect(lineOpacity(0, 0)).toBe(1);
  });

  it("gives shares as percentages, a dash with no leads", () => {
    expect(formatShare(1, 4, "en")).toBe("25%");
    expect(formatShare(1, 40, "en")).toBe("2.5%");
    expect(formatShare(0, 0, "en")).toBe("—");
  });
});
