/**
 * The i18next instance of the web app: the shared catalogues, Russian by default,
 * the visitor's explicit choice remembered in localStorage, <html lang> in step.
 */
import { messages } from "@pavilion/i18n";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { initialLocale, isLocale, type Locale, localeStorageKey } from "./locale.ts";

function readStored(): Locale | null {
  try {
    const value = window.localStorage.getItem(localeStorageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage can be blocked; the site still works, it just forgets
  }
}

export const i18n = i18next.createInstance();

i18n.use(initReactI18next).init({
  resources: messages,
  lng: initialLocale(readStored()),
  fallbackLng: false,
  supportedLngs: ["ru", "en"],
  ns: [
    "ui",
    "errors",
    "email",
    "floor",
    "booth",
    "cabinet",
    "moderation",
    "floorEdit",
    "webinar",
    "live",
    "programme",
    "registrants",
    "registrationEmail",
    "reminderEmail",
    "authoring",
    "meetings",
    "leads",
    "stats",
    "analytics",
    "privacy",
  ],
  defaultNS: "ui",
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes what it renders
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});

/** The language the site shows now. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : "ru";
}

/** The language this browser chose explicitly, if any. */
export function storedLocale(): Locale | null {
  return readStored();
}

/** Shows the site in `locale`; `remember` keeps it as this browser's choice. */
export async function changeLocale(locale: Locale, { remember }: { remember: boolean }): Promise<void> {
  if (remember) {
    try {
      window.localStorage.setItem(localeStorageKey, locale);
    } catch {
      // see readStored
    }
  }
  await i18n.changeLanguage(locale);
}
