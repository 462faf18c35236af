import { analytics as analyticsEn } from "./en/analytics.ts";
import { authoring as authoringEn } from "./en/authoring.ts";
import { authoringEmail as authoringEmailEn } from "./en/authoringEmail.ts";
import { booth as boothEn } from "./en/booth.ts";
import { cabinet as cabinetEn } from "./en/cabinet.ts";
import { email as emailEn } from "./en/email.ts";
import { errors as errorsEn } from "./en/errors.ts";
import { exportFiles as exportFilesEn } from "./en/exportFiles.ts";
import { floor as floorEn } from "./en/floor.ts";
import { floorEdit as floorEditEn } from "./en/floorEdit.ts";
import { immersive as immersiveEn } from "./en/immersive.ts";
import { leadExports as leadExportsEn } from "./en/leadExports.ts";
import { leads as leadsEn } from "./en/leads.ts";
import { live as liveEn } from "./en/live.ts";
import { meetings as meetingsEn } from "./en/meetings.ts";
import { moderation as moderationEn } from "./en/moderation.ts";
import { privacy as privacyEn } from "./en/privacy.ts";
import { programme as programmeEn } from "./en/programme.ts";
import { registrants as registrantsEn } from "./en/registrants.ts";
import { registrationEmail as registrationEmailEn } from "./en/registrationEmail.ts";
import { reminderEmail as reminderEmailEn } from "./en/reminderEmail.ts";
import { stats as statsEn } from "./en/stats.ts";
import { statsReport as statsReportEn } from "./en/statsReport.ts";
import { ui as uiEn } from "./en/ui.ts";
import { viewer as viewerEn } from "./en/viewer.ts";
import { webinar as webinarEn } from "./en/webinar.ts";
import { analytics as analyticsRu } from "./ru/analytics.ts";
import { authoring as authoringRu } from "./ru/authoring.ts";
import { authoringEmail as authoringEmailRu } from "./ru/authoringEmail.ts";
import { booth as boothRu } from "./ru/booth.ts";
import { cabinet as cabinetRu } from "./ru/cabinet.ts";
import { email as emailRu } from "./ru/email.ts";
import { errors as errorsRu } from "./ru/errors.ts";
import { exportFiles as exportFilesRu } from "./ru/exportFiles.ts";
import { floor as floorRu } from "./ru/floor.ts";
import { floorEdit as floorEditRu } from "./ru/floorEdit.ts";
import { immersive as immersiveRu } from "./ru/immersive.ts";
import { leadExports as leadExportsRu } from "./ru/leadExports.ts";
import { leads as leadsRu } from "./ru/leads.ts";
import { live as liveRu } from "./ru/live.ts";
import { meetings as meetingsRu } from "./ru/meetings.ts";
import { moderation as moderationRu } from "./ru/moderation.ts";
import { privacy as privacyRu } from "./ru/privacy.ts";
import { programme as programmeRu } from "./ru/programme.ts";
import { registrants as registrantsRu } from "./ru/registrants.ts";
import { registrationEmail as registrationEmailRu } from "./ru/registrationEmail.ts";
import { reminderEmail as reminderEmailRu } from "./ru/reminderEmail.ts";
import { stats as statsRu } from "./ru/stats.ts";
import { statsReport as statsReportRu } from "./ru/statsReport.ts";
import { ui as uiRu } from "./ru/ui.ts";
import { viewer as viewerRu } from "./ru/viewer.ts";
import { webinar as webinarRu } from "./ru/webinar.ts";

export type { CatalogueShape } from "./shape.ts";

export const supportedLocales = ["ru", "en"] as const;
export type SupportedLocale = (typeof supportedLocales)[number];
export const defaultLocale: SupportedLocale = "ru";

/** Every catalogue, by locale and namespace, in the shape i18next takes as `resources`. */
export const messages = {
  en: {
    ui: uiEn,
    errors: errorsEn,
    email: emailEn,
    floor: floorEn,
    booth: boothEn,
    cabinet: cabinetEn,
    moderation: moderationEn,
    floorEdit: floorEditEn,
    webinar: webinarEn,
    live: liveEn,
    programme: programmeEn,
    registrants: registrantsEn,
    registrationEmail: registrationEmailEn,
    reminderEmail: reminderEmailEn,
    exportFiles: exportFilesEn,
    authoringEmail: authoringEmailEn,
    authoring: authoringEn,
    meetings: meetingsEn,
    privacy: privacyEn,
    analytics: analyticsEn,
    statsReport: statsReportEn,
    stats: statsEn,
    leadExports: leadExportsEn,
    leads: leadsEn,
    immersive: immersiveEn,
    viewer: viewerEn,
  },
  ru: {
    ui: uiRu,
    errors: errorsRu,
    email: emailRu,
    floor: floorRu,
    booth: boothRu,
    cabinet: cabinetRu,
    moderation: moderationRu,
    floorEdit: floorEditRu,
    webinar: webinarRu,
    live: liveRu,
    programme: programmeRu,
    registrants: registrantsRu,
    registrationEmail: registrationEmailRu,
    reminderEmail: reminderEmailRu,
    exportFiles: exportFilesRu,
    authoringEmail: authoringEmailRu,
    authoring: authoringRu,
    meetings: meetingsRu,
    privacy: privacyRu,
    analytics: analyticsRu,
    statsReport: statsReportRu,
    stats: statsRu,
    leadExports: leadExportsRu,
    leads: leadsRu,
    immersive: immersiveRu,
    viewer: viewerRu,
  },
} as const;

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
