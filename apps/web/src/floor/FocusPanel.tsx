/** The booth the visitor faces or chose: go in, or add it to "my route". */
import type { FloorBooth } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";

export interface FocusPanelProps {
  booth: FloorBooth;
  signedIn: boolean;
  signInHref: string;
  bookmarked: boolean;
  busy: boolean;
  onEnter(): void;
  onToggleBookmark(): void;
}

export function FocusPanel({
  booth,
  signedIn,
  signInHref,
  bookmarked,
  busy,
  onEnter,
  onToggleBookmark,
}: FocusPanelProps) {
  const { t } = useTranslation("floor");
  const locale = useLocale();
  const name = pickText(booth.name, locale);
  return (
    <section className="floor-panel floor-focus" aria-label={t("focus.label", { name })}>
      <p className="floor-focus__name">{name}</p>
      <div className="floor-focus__actions">
        <button type="button" className="button button--primary button--sm" onClick={onEnter}>
          {t("focus.enter")}
        </button>
        {signedIn ? (
          <button
            type="button"
            className="button button--secondary button--sm"
            aria-pressed={bookmarked}
            disabled={busy}
            onClick={onToggleBookmark}
          >
            {bookmarked ? t("focus.unbookmark") : t("focus.bookmark")}
          </button>
        ) : (
          <Link className="floor-focus__hint" to={signInHref}>
            {t("focus.signInToBookmark")}
          </Link>
        )}
      </div>
    </section>
  );
}
