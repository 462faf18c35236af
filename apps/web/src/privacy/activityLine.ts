/** One recorded action as a sentence: "Downloaded Price list.pdf at Acme". Pure, for tests. */

import type { Locale } from "../i18n/locale.ts";
import { pickText } from "../i18n/locale.ts";
import type { Translate } from "../lib/errors.ts";

interface ActivityItem {
  kind: string;
  subject: { ru: string; en: string } | null;
  exhibitorName: { ru: string; en: string } | null;
  minutes: number | null;
}

/** Kinds this page words; others read "Other activity (kind)". */
const WORDED = new Set([
  "booth.visit",
  "booth.left",
  "video.play",
  "material.download",
  "contact.left",
  "chat.message",
  "webinar.chat",
  "webinar.question",
  "event.registered",
  "webinar.joined",
  "webinar.left",
  "meeting.booked",
  "meeting.cancelled",
  "event.submitted",
  "model.viewed",
  "tour.left",
]);

export function activityLine(item: ActivityItem, locale: Locale, t: Translate): string {
  if (!WORDED.has(item.kind)) return t("privacy:activity.lines.other", { kind: item.kind });
  const exhibitor = pickText(item.exhibitorName, locale) || t("privacy:activity.someBooth");
  const fallbackSubject =
    item.kind === "material.download"
      ? t("privacy:activity.someMaterial")
      : item.kind === "model.viewed"
        ? t("privacy:activity.someModel")
        : t("privacy:activity.someSubject");
  const subject = pickText(item.subject, locale) || fallbackSubject;
  const minutes = t("privacy:activity.minutes", { count: Math.max(1, Math.round(item.minutes ?? 0)) });
  return t(`privacy:activity.lines.${item.kind}`, { exhibitor, subject, minutes });
}
