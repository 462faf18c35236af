import { signUpInput } from "@pavilion/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { testTranslators } from "../i18n/testing.ts";
import { appErrorOf, formMessages, httpStatusOf, type Translate } from "./errors.ts";
import { validate } from "./validate.ts";

let en: Translate;
let ru: Translate;

beforeAll(async () => {
  ({ en, ru } = await testTranslators(["ui", "errors", "email"]));
});

describe("appErrorOf", () => {
  it("reads the codes the API put in error.data.app", () => {
    const error = { message: "…", data: { httpStatus: 409, app: { code: "auth.emailTaken" } } };
    expect(appErrorOf(error)).toEqual({ code: "auth.emailTaken" });
    expect(httpStatusOf(error)).toBe(409);
  });

  it("calls an error without any tRPC data a network failure", () => {
    expect(appErrorOf({ message: "Failed to fetch", data: undefined })).toEqual({ code: "network" });
    expect(httpStatusOf({ message: "Failed to fetch" })).toBeUndefined();
  });

  it("calls anything else an internal error", () => {
    expect(appErrorOf("boom")).toEqual({ code: "internal" });
    expect(appErrorOf({ data: { httpStatus: 500 } })).toEqual({ code: "internal" });
  });
});

describe("formMessages", () => {
  it("fills the values a message names, such as the minutes to wait", () => {
    const limited = { code: "rateLimited", params: { minutes: 7 } };
    expect(formMessages(limited, en, []).form).toBe("Too many attempts. Please try again in 7 min.");
    expect(formMessages(limited, ru, []).form).toBe("Слишком много попыток. Попробуйте снова через 7 мин.");
  });

  it("translates the form-level code in the visitor's language", () => {
    expect(formMessages({ code: "auth.invalidCredentials" }, en, []).form).toBe(
      "The e-mail or password is wrong.",
    );
    expect(formMessages({ code: "auth.invalidCredentials" }, ru, []).form).toBe(
      "Неверный e-mail или пароль.",
    );
  });

  it("puts each field's message under that field, with the field's name and limits", () => {
    const error = {
      code: "validation.invalid",
      fields: {
        password: { code: "tooShort" as const, params: { min: 8 } },
        email: { code: "invalidEmail" as const },
      },
    };
    const result = formMessages(error, ru, ["email", "password"]);
    expect(result.form).toBe("Исправьте отмеченные поля.");
    expect(result.fields).toEqual({
      password: "Пароль: не короче 8 символов.",
      email: "E-mail: введите адрес вида name@example.com.",
    });
  });

  it("adds errors of fields the form does not show to the form-level message", () => {
    const error = {
      code: "validation.invalid",
      fields: { token: { code: "tooShort" as const, params: { min: 16 } } },
    };
    const result = formMessages(error, en, ["password"]);
    expect(result.fields).toEqual({});
    expect(result.form).toBe("Please correct the highlighted fields. Link: at least 16 characters.");
  });

  it("falls back to a general message for a code it does not know", () => {
    expect(formMessages({ code: "something.new" }, en, []).form).toBe(
      "Something went wrong on our side. Please try again.",
    );
    expect(formMessages({ code: "network" }, en, []).form).toMatch(/Could not reach the server/);
  });

  it("says nothing when there is no error", () => {
    expect(formMessages(null, en, ["email"])).toEqual({ form: null, fields: {} });
  });
});

describe("validate", () => {
  it("reports the same field codes the API would", () => {
    const error = validate(signUpInput, { name: " ", email: "nope", password: "short", locale: "en" });
    expect(error).toEqual({
      code: "validation.invalid",
      fields: {
        name: { code: "required" },
        email: { code: "invalidEmail" },
        password: { code: "tooShort", params: { min: 8 } },
      },
    });
  });

  it("passes good values", () => {
    expect(
      validate(signUpInput, { name: "Anna", email: "a@b.ru", password: "long enough", locale: "ru" }),
    ).toBeNull();
  });
});
