/**
 * The i18next instance of the web app: the shared catalogues, Russian by default,
 * the visitor's explicit choice remembered in localStorage, <html lang> in step. Only the
 * language shown is downloaded (its catalogues are a chunk of their own); the other one
 * loads when the visitor switches.
 */
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

const catalogues: Record<Locale, () => Promise<Record<string, object>>> = {
  ru: () => import("@pavilion/i18n/ru").then((module) => module.ru),
  en: () => import("@pavilion/i18n/en").then((module) => module.en),
};

/** Downloads the language's catalogues unless they are here already. */
async function ensureCatalogues(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, "ui")) return;
  const namespaces = await catalogues[locale]();
  for (const [namespace, bundle] of Object.entries(namespaces)) {
    i18n.addResourceBundle(locale, namespace, bundle, true, true);
  }
}

const firstLocale = initialLocale(readStored());

i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: firstLocale,
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
    "immersive",
    "viewer",
  ],
  defaultNS: "ui",
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes what it renders
  returnNull: false,
});

/** Resolves once the first language's catalogues are in; the app renders after it. */
export const i18nReady: Promise<void> = ensureCatalogues(firstLocale);

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
  await ensureCatalogues(locale);
  await i18n.changeLanguage(locale);
}
