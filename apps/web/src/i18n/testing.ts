/** The real catalogues in tests that check the words people read, in both languages. */
import { messages } from "@pavilion/i18n";
import i18next, { type i18n } from "i18next";
import type { Translate } from "../lib/errors.ts";

/** An i18next instance over the catalogues, set up as the app sets it up (no HTML escaping). */
export async function createTestI18n(ns: string[], defaultNS = "ui"): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: messages,
    lng: "en",
    ns,
    defaultNS,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** English and Russian translators over the given namespaces, as lib/errors.ts takes them. */
export async function testTranslators(ns: string[]): Promise<{ en: Translate; ru: Translate }> {
  const instance = await createTestI18n(ns);
  return {
    en: instance.getFixedT("en") as unknown as Translate,
    ru: instance.getFixedT("ru") as unknown as Translate,
  };
}
