import { en } from "./en/index.ts";
import { ru } from "./ru/index.ts";

export type { CatalogueShape } from "./shape.ts";

export const supportedLocales = ["ru", "en"] as const;
export type SupportedLocale = (typeof supportedLocales)[number];
export const defaultLocale: SupportedLocale = "ru";

/** Every catalogue, by locale and namespace, in the shape i18next takes as `resources`. */
export const messages = { en, ru } as const;

export type Namespace = keyof (typeof messages)["en"];

/** Picks a supported locale from a header like "ru-RU,ru;q=0.9,en;q=0.8", or the default. */
export function pickLocale(acceptLanguage: string | null | undefined): SupportedLocale {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "ru" || tag === "en") return tag;
  }
  return defaultLocale;
}

/** Looks up `namespace:dotted.key` (keys may themselves contain dots) and fills `{{params}}`. */
export function translate(
  locale: SupportedLocale,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const [namespace, path = ""] = key.includes(":") ? key.split(/:(.*)/s) : ["ui", key];
  const text = lookup(messages[locale][namespace as Namespace], path) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}

function lookup(node: unknown, path: string): string | undefined {
  if (typeof node === "string") return path === "" ? node : undefined;
  if (typeof node !== "object" || node === null) return undefined;
  const record = node as Record<string, unknown>;
  if (path in record) return lookup(record[path], "");
  const dot = path.indexOf(".");
  if (dot < 0) return undefined;
  // Keys such as "auth.emailTaken" contain dots: try the longest matching prefix first.
  for (let i = path.lastIndexOf("."); i > 0; i = path.lastIndexOf(".", i - 1)) {
    const head = path.slice(0, i);
    if (head in record) {
      const found = lookup(record[head], path.slice(i + 1));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
