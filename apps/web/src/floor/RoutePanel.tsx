/** "My route": the bookmarked booths of this floor in walking order, and the next stop as the visitor walks. */
import type { FloorBooth } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../components/Icon.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";

export interface RoutePanelProps {
  signedIn: boolean;
  signInHref: string;
  stops: readonly FloorBooth[];
  reached: number;
  /** Metres to the next stop along the route, when there is one. */
  remaining: number | null;
  onGo(booth: FloorBooth): void;
  onReplan(): void;
}

export function RoutePanel({
  signedIn,
  signInHref,
  stops,
  reached,
  remaining,
  onGo,
  onReplan,
}: RoutePanelProps) {
  const { t } = useTranslation("floor");
  const locale = useLocale();
  const next = stops[reached];
  return (
    <section className="floor-panel floor-route" aria-labelledby="floor-route-title">
      <h2 className="floor-panel__title" id="floor-route-title">
        <Icon name="layers" size={16} />
        {t("route.title")}
      </h2>
      {!signedIn ? (
        <p className="floor-panel__hint">
          {t("route.signedOut")} <Link to={signInHref}>{t("route.signIn")}</Link>
        </p>
      ) : stops.length === 0 ? (
        <p className="floor-panel__hint">{t("route.empty")}</p>
      ) : (
        <>
          <p className="floor-route__next" aria-live="polite" data-testid="next-stop">
            {next
              ? t("route.next", { name: pickText(next.name, locale), metres: Math.round(remaining ?? 0) })
              : t("route.done")}
          </p>
          <ol className="floor-route__stops" aria-label={t("route.stops")}>
            {stops.map((booth, i) => (
              <li
                key={booth.id}
                className={i < reached ? "floor-route__stop floor-route__stop--done" : "floor-route__stop"}
              >
                <button type="button" className="floor-route__go" onClick={() => onGo(booth)}>
                  <span className="floor-route__number" aria-hidden="true">
                    {i < reached ? <Icon name="check" size={14} /> : i + 1}
                  </span>
                  <span className="floor-route__name">{pickText(booth.name, locale)}</span>
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="button button--secondary button--sm" onClick={onReplan}>
            {t("route.replan")}
          </button>
        </>
      )}
    </section>
  );
}
