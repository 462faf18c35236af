import { beforeAll, describe, expect, it } from "vitest";
import { testTranslators } from "../../i18n/testing.ts";
import { formMessages, type Translate } from "../../lib/errors.ts";
import { cabinetTranslate, errorMessage, withoutFieldPrefix } from "./messages.ts";

let en: Translate;
let ru: Translate;

beforeAll(async () => {
  ({ en, ru } = await testTranslators(["ui", "errors", "cabinet", "moderation"]));
});

describe("cabinet form messages", () => {
  it("names the profile's fields as the form labels them, under the field", () => {
    const error = withoutFieldPrefix(
      {
        code: "validation.invalid",
        fields: { "profile.description.en": { code: "tooLong", params: { max: 5000 } } },
      },
      "profile",
    );
    const shown = formMessages(error, cabinetTranslate(en), ["description.en"]);
    expect(shown.fields["description.en"]).toBe("About the company (English): at most 5000 characters.");
    expect(formMessages(error, cabinetTranslate(ru), ["description.en"]).fields["description.en"]).toBe(
      "О компании (по-английски): не длиннее 5000 символов.",
    );
  });

  it("uses a material's own field names in the material forms", () => {
    const error = { code: "validation.invalid", fields: { "title.ru": { code: "required" as const } } };
    const shown = formMessages(error, cabinetTranslate(en, "cabinet:materialFieldNames"), ["title.ru"]);
    expect(shown.fields["title.ru"]).toBe("Title (Russian): this field is required.");
  });
});

describe("errorMessage", () => {
  it("fills the values the server sent into the message, in the reader's language", () => {
    const error = {
      message: "…",
      data: { app: { code: "upload.tooLarge", params: { size: "30 MB", limit: "20 MB" } } },
    };
    expect(errorMessage(error, en)).toBe(
      "The file is too large: 30 MB. The limit for this kind of file is 20 MB.",
    );
  });

  it("shows the server's own words for a code this version does not know", () => {
    const error = { message: "Готово не будет.", data: { app: { code: "brand.newCode" } } };
    expect(errorMessage(error, ru)).toBe("Готово не будет.");
  });

  it("says the server could not be reached when no answer came", () => {
    expect(errorMessage({ message: "Failed to fetch", data: undefined }, en)).toMatch(
      /Could not reach the server/,
    );
  });
});
