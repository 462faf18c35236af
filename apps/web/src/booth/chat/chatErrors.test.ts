import { beforeAll, describe, expect, it } from "vitest";
import { testTranslators } from "../../i18n/testing.ts";
import type { Translate } from "../../lib/errors.ts";
import { sendErrorText } from "./chatErrors.ts";

let en: Translate;
let ru: Translate;

beforeAll(async () => {
  ({ en, ru } = await testTranslators(["ui", "errors", "booth", "live"]));
});

const apiError = (app: unknown) => ({ message: "…", data: { httpStatus: 429, app } });

describe("sendErrorText", () => {
  it("asks a sender who writes too fast to wait, in both languages", () => {
    const error = apiError({ code: "rateLimited", params: { minutes: 1 } });
    expect(sendErrorText(error, en)).toBe("You are writing too fast. Wait a few seconds and send again.");
    expect(sendErrorText(error, ru)).toBe(
      "Вы пишете слишком часто. Подождите несколько секунд и отправьте снова.",
    );
  });

  it("tells a banned sender that a moderator blocked them", () => {
    const error = apiError({ code: "chat.banned" });
    expect(sendErrorText(error, en)).toBe("A moderator has blocked you from writing in this booth's chat.");
    expect(sendErrorText(error, ru)).toBe("Модератор запретил вам писать в чат этого стенда.");
  });

  it("names the webinar's chat, not a booth's, when a ban is in an event's chat", () => {
    const error = apiError({ code: "chat.banned" });
    expect(sendErrorText(error, en, "event")).toBe("A moderator has blocked you from writing in this chat.");
    expect(sendErrorText(error, ru, "event")).toBe("Модератор запретил вам писать в этот чат.");
  });

  it("tells a muted sender for how long", () => {
    const error = apiError({ code: "chat.muted", params: { minutes: 10 } });
    expect(sendErrorText(error, en)).toBe("A moderator has muted you in this chat for 10 min.");
    expect(sendErrorText(error, ru, "event")).toBe("Модератор запретил вам писать в этот чат на 10 мин.");
  });

  it("says what is wrong with a message the API refused", () => {
    const tooLong = apiError({
      code: "validation.invalid",
      fields: { body: { code: "tooLong", params: { max: 2000 } } },
    });
    expect(sendErrorText(tooLong, en)).toBe("The message is too long: at most 2,000 characters.");
    expect(sendErrorText(tooLong, ru)).toBe("Сообщение слишком длинное: не больше 2\u00a0000 символов.");
    const empty = apiError({ code: "validation.invalid", fields: { body: { code: "required" } } });
    expect(sendErrorText(empty, en)).toBe("Write something before sending.");
  });

  it("says the server could not be reached when no answer came", () => {
    expect(sendErrorText({ message: "Failed to fetch" }, en)).toBe(
      "Could not reach the server. Check your connection and try again.",
    );
  });
});
