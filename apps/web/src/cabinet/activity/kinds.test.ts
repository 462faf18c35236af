import { messages } from "@pavilion/i18n";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { activityKey } from "./kinds.ts";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: messages,
    lng: "en",
    ns: ["cabinet"],
    defaultNS: "cabinet",
    interpolation: { escapeValue: false },
  });
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
