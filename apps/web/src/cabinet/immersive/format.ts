/** Numbers of the 3D and tour tab written for people. */
import { intlTag, type Locale } from "../../i18n/locale.ts";

/** "12,400" / "12 400": a whole number with the locale's thousands separator. */
export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 0 }).format(count);
}

/** "45°", "−12.5°": an angle for a hotspot's place, with a true minus sign. */
export function formatDegrees(value: number, locale: Locale): string {
  const text = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 1 }).format(Math.abs(value));
  return `${value < 0 ? "−" : ""}${text}°`;
}
