import { describe, expect, it } from "vitest";
import { messages, pickLocale, translate } from "./index.ts";

function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}/${key}` : key),
  );
}

describe("translate", () => {
  it("fills parameters in the chosen language", () => {
    expect(translate("en", "errors:fields.tooShort", { field: "Password", min: 8 })).toBe(
      "Password: at least 8 characters.",
    );
    expect(translate("ru", "errors:fields.tooShort", { field: "Пароль", min: 8 })).toBe(
      "Пароль: не короче 8 символов.",
    );
  });

  it("finds keys that contain dots", () => {
    expect(translate("en", "errors:codes.auth.emailTaken")).toMatch(/already exists/);
    expect(translate("ru", "errors:codes.auth.invalidCredentials")).toBe("Неверный e-mail или пароль.");
  });

  it("returns the key itself for a missing string, so a gap is visible", () => {
    expect(translate("en", "errors:codes.nope")).toBe("errors:codes.nope");
  });

  it("has every string in both languages and none empty", () => {
    expect(keysOf(messages.ru).sort()).toEqual(keysOf(messages.en).sort());
    for (const locale of ["ru", "en"] as const) {
      for (const key of keysOf(messages[locale])) {
        const value = key
          .split("/")
          .reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], messages[locale]);
        expect(value, `${locale} ${key}`).not.toBe("");
      }
    }
  });
});

describe("pickLocale", () => {
  it("takes the first supported language of the header", () => {
    expect(pickLocale("de-DE,en;q=0.8,ru;q=0.5")).toBe("en");
    expect(pickLocale("ru-RU,ru;q=0.9")).toBe("ru");
  });
  it("falls back to Russian", () => {
    expect(pickLocale(undefined)).toBe("ru");
    expect(pickLocale("fr")).toBe("ru");
  });
});
