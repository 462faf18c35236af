import { beforeAll, describe, expect, it } from "vitest";
import { createTestI18n, testTranslators } from "../../i18n/testing.ts";
import type { Translate } from "../../lib/errors.ts";
import { placeTextKey, placeTexts } from "./texts.ts";

let en: Translate;
let ru: Translate;

beforeAll(async () => {
  ({ en, ru } = await testTranslators(["ui", "booth", "live"]));
});

describe("placeTextKey", () => {
  it("keeps the booth chat's words for a booth", () => {
    expect(en(placeTextKey("booth", "title"))).toBe("Chat with the booth");
    expect(en(placeTextKey("booth", "logLabel"))).toBe("Messages in the booth's chat");
  });

  it("speaks of the webinar in an event's chat", () => {
    expect(en(placeTextKey("event", "title"))).toBe("Chat");
    expect(en(placeTextKey("event", "logLabel"))).toBe("Messages in the webinar chat");
    expect(ru(placeTextKey("event", "logLabel"))).toBe("Сообщения в чате вебинара");
  });

  it("has every place-dependent text in both languages for both places", async () => {
    const i18n = await createTestI18n(["ui", "booth", "live"]);
    for (const kind of ["booth", "event"] as const) {
      for (const text of placeTexts) {
        for (const lng of ["en", "ru"]) {
          expect(i18n.exists(placeTextKey(kind, text), { lng }), `${lng} ${kind} ${text}`).toBe(true);
        }
      }
    }
  });
});
