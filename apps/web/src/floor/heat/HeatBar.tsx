/**
 * Under the floor's bar while the heat map is on: what the colours mean (a legend in visits),
 * the period, and a retry when the numbers could not be loaded.
 */
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateRange } from "../../lib/format.ts";
import { heatGradient, NO_VISITS_COLOR } from "./heatScale.ts";
import type { FloorHeat } from "./useFloorHeat.ts";
import "./heat.css";

export function HeatBar({ heat }: { heat: FloorHeat }) {
  const { t } = useTranslation("analytics");
  const locale = useLocale();
  if (!heat.on) return null;
  const { from, to } = heat.period;
  const period =
    from || to ? formatDateRange(from ?? to ?? "", to ?? from ?? "", locale) : t("heat.periodAll");
  return (
    <section className="heat-bar" aria-label={t("heat.legendLabel")} data-testid="heat-legend">
      <p className="heat-bar__title">
        <strong>{t("heat.title")}</strong> <span className="heat-bar__period">{period}</span>
      </p>
      {heat.failed ? (
        <p className="heat-bar__status" role="alert">
          {t("heat.failed")}{" "}
          <button type="button" className="button button--ghost-light button--sm" onClick={heat.retry}>
            {t("heat.retry")}
          </button>
        </p>
      ) : heat.loading ? (
        <p className="heat-bar__status" role="status">
          <span className="spinner" aria-hidden="true" /> {t("heat.loading")}
        </p>
      ) : (
        <div className="heat-legend">
          <span className="heat-legend__item">
            <span
              className="heat-legend__swatch"
              style={{ background: NO_VISITS_COLOR }}
              aria-hidden="true"
            />
            {t("heat.none")}
          </span>
          <span className="heat-legend__item">
            <span aria-hidden="true">1</span>
            <span className="heat-legend__ramp" style={{ background: heatGradient() }} aria-hidden="true" />
            <span aria-hidden="true">{Math.max(1, heat.maxVisits)}</span>
            <span className="visually-hidden">
              {t("heat.rampText", { count: Math.max(1, heat.maxVisits) })}
            </span>
          </span>
          <span className="heat-legend__unit" aria-hidden="true">
            {t("heat.unit")}
          </span>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {heat.byBooth ? t("heat.shown", { count: heat.maxVisits }) : ""}
      </p>
    </section>
  );
}

/** The toolbar's switch, for organisers only. */
export function HeatToggle({ heat }: { heat: FloorHeat }) {
  const { t } = useTranslation("analytics");
  if (!heat.available) return null;
  return (
    <button
      type="button"
      className="floor-heat-toggle"
      aria-pressed={heat.on}
      onClick={heat.toggle}
      data-testid="heat-toggle"
    >
      <span className="floor-heat-toggle__swatch" style={{ background: heatGradient() }} aria-hidden="true" />
      {t("heat.toggle")}
    </button>
  );
}
