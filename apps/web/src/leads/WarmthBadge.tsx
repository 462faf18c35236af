import type { WarmthBand } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/useLocale.ts";
import { bandClass, formatPoints } from "./words.ts";

/** A lead's warmth: the number, and its band as a coloured chip that also says the band in words. */
export function WarmthBadge({ warmth, band }: { warmth: number; band: WarmthBand }) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  return (
    <span className="warmth" data-testid="lead-warmth" data-warmth={warmth}>
      <span className="warmth__number">{formatPoints(warmth, locale)}</span>
      <span className={bandClass(band)}>{t(`band.${band}`)}</span>
    </span>
  );
}
