import type { i18n as I18n } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestI18n } from "../../i18n/testing.ts";
import { activityKey } from "./kinds.ts";

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(["cabinet"], "cabinet");
});

const words = (locale: "en" | "ru", kind: string, title?: string) =>
  i18n.getFixedT(locale, "cabinet")(activityKey(kind, title !== undefined), { title, kind });

describe("activityKey", () => {
  it("words what visitors did, in both languages", () => {
    expect(words("en", "booth.visit")).toBe("Visited the booth");
    expect(words("en", "material.download", "Price list")).toBe("Downloaded “Price list”");
    expect(words("ru", "contact.left")).toBe("Оставлена визитка");
  });

  it("names the material a visitor played, or the booth's own video", () => {
    expect(words("en", "video.play", "Campus tour")).toBe("Watched “Campus tour”");
    expect(words("en", "video.play")).toBe("Watched the video presentation");
  });

  it("still says something for a kind it does not know", () => {
    expect(words("en", "webinar.joined")).toBe("Other activity (webinar.joined)");
  });
});
