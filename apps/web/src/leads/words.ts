/**
 * Words for what a lead's visitor did: catalogue keys for warmth lines and timeline items
 * (with or without the subject they are about), and the numbers they show.
 */
import type { WarmthBand, WarmthKind } from "@pavilion/schema";
import { intlTag, type Locale } from "../i18n/locale.ts";

/** Kinds the timeline words; anything else reads "Other activity". */
const TIMELINE_KINDS = [
  "booth.visit",
  "booth.left",
  "video.play",
  "material.download",
  "material.open",
  "contact.left",
  "chat.message",
  "webinar.chat",
  "webinar.question",
  "event.registered",
  "webinar.joined",
  "webinar.left",
  "meeting.booked",
  "meeting.cancelled",
  "model.viewed",
  "tour.left",
] as const;

/** Kinds whose sentence names a subject when there is one ("Downloaded Price list.pdf"). */
const WITH_SUBJECT = new Set<string>([
  "video.play",
  "material.download",
  "material.open",
  "event.registered",
  "webinar.joined",
  "webinar.left",
  "webinar.minute",
  "webinar.question",
  "webinar.chat",
  "model.viewed",
]);

/** Kinds made of dots in the catalogue would nest; keys use "booth_visit". */
function keyPart(kind: string): string {
  return kind.replace(".", "_");
}

/** The `leads:` key and values for a warmth line's sentence. */
export function warmthLineKey(kind: WarmthKind, subject: string): string {
  return `warmthKinds.${keyPart(kind)}${subject && WITH_SUBJECT.has(kind) ? "_subject" : ""}`;
}

/** The `leads:` key for a timeline item's sentence; unknown kinds get "other". */
export function timelineKey(kind: string, subject: string): string {
  if (!TIMELINE_KINDS.some((known) => known === kind)) return "timelineKinds.other";
  return `timelineKinds.${keyPart(kind)}${subject && WITH_SUBJECT.has(kind) ? "_subject" : ""}`;
}

/** "12.4" / "12,4": at most one decimal, in the reader's language. */
export function formatPoints(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 1 }).format(value);
}

/** A whole number in the reader's language ("1 234" / "1,234"). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 0 }).format(value);
}

/**
 * How visible a warmth line is: the share of its points it still carries (decay), so old lines
 * fade; never below 0.55 so the text stays readable.
 */
export function lineOpacity(points: number, basePoints: number): number {
  if (!(basePoints > 0)) return 1;
  const share = Math.min(1, Math.max(0, points / basePoints));
  return Math.round((0.55 + 0.45 * share) * 100) / 100;
}

/** The CSS modifier of a band's chip. */
export function bandClass(band: WarmthBand): string {
  return `warmth-chip warmth-chip--${band}`;
}

/** "40 %" of the leads, or "—" with no leads; whole per cent, one decimal under 10. */
export function formatShare(part: number, whole: number, locale: Locale): string {
  if (whole <= 0) return "—";
  const share = part / whole;
  return new Intl.NumberFormat(intlTag(locale), {
    style: "percent",
    maximumFractionDigits: share < 0.1 && share > 0 ? 1 : 0,
  }).format(share);
}

/** "24 Nov, 14:30" (or "24 Nov") in the viewer's zone; the year only when it is not this year's. */
export function formatWhen(iso: string, locale: Locale, now: Date = new Date(), withTime = true): string {
  const date = new Date(iso);
  return new Intl.DateTimeFormat(intlTag(locale), {
    day: "numeric",
    month: "short",
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: "numeric" }),
    ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
  }).format(date);
}
