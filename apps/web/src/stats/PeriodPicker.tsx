import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateRange } from "../lib/format.ts";
import { activePreset, PRESETS, presetPeriod, type StatsPeriod } from "./period.ts";

/**
 * The period: presets (whole exhibition, today, last 7 days) as pressed-or-not buttons, and the
 * two days; each change goes into the address at once.
 */
export function PeriodPicker({
  period,
  today,
  shown,
  error,
  onChange,
}: {
  period: StatsPeriod;
  /** Today in the exhibition's time zone, once known (the day presets need it). */
  today: string | null;
  /** The days the figures cover (the server's answer). */
  shown: { from: string; to: string } | null;
  error: string | null;
  onChange: (period: StatsPeriod) => void;
}) {
  const { t } = useTranslation("stats");
  const locale = useLocale();
  const fromId = useId();
  const toId = useId();
  const active = activePreset(period, today);
  return (
    <div className="stats-period">
      <fieldset className="stats-period__presets">
        <legend className="visually-hidden">{t("period.presets")}</legend>
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="stats-preset"
            aria-pressed={active === preset}
            disabled={preset !== "whole" && today === null}
            onClick={() => onChange(presetPeriod(preset, today ?? ""))}
          >
            {t(`period.${preset}`)}
          </button>
        ))}
      </fieldset>
      <div className="stats-period__days">
        <div className="field">
          <label className="field__label" htmlFor={fromId}>
            {t("period.from")}
          </label>
          <input
            id={fromId}
            className="field__input"
            type="date"
            value={period.from || shown?.from || ""}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange({ ...period, from: event.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={toId}>
            {t("period.to")}
          </label>
          <input
            id={toId}
            className="field__input"
            type="date"
            value={period.to || shown?.to || ""}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange({ ...period, to: event.target.value })}
          />
        </div>
      </div>
      <p className="stats-period__showing" aria-live="polite">
        {shown ? t("period.showing", { range: formatDateRange(shown.from, shown.to, locale) }) : ""}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
