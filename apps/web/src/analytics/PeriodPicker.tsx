/** The period of the analytics: two days and "Show", or the whole exhibition. */
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateRange } from "../lib/format.ts";
import type { Period } from "./period.ts";

interface PeriodPickerProps {
  /** What the URL asks for. */
  chosen: Period;
  /** The days the figures cover (the server's answer), once known. */
  shown: { from: string; to: string } | null;
  onChange(period: Period): void;
  /** A translated error about the period, from the server. */
  error: string | null;
}

export function PeriodPicker({ chosen, shown, onChange, error }: PeriodPickerProps) {
  const { t } = useTranslation("analytics");
  const locale = useLocale();
  const id = useId();
  const [from, setFrom] = useState(chosen.from ?? shown?.from ?? "");
  const [to, setTo] = useState(chosen.to ?? shown?.to ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  };
  const whole = !chosen.from && !chosen.to;
  return (
    <form className="period-picker" onSubmit={submit} aria-describedby={`${id}-showing`}>
      <fieldset className="period-picker__fields">
        <legend className="period-picker__legend">{t("period.legend")}</legend>
        <label className="period-picker__field">
          <span>{t("period.from")}</span>
          <input
            className="field__input"
            type="date"
            name="from"
            value={from}
            max={to || undefined}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </label>
        <label className="period-picker__field">
          <span>{t("period.to")}</span>
          <input
            className="field__input"
            type="date"
            name="to"
            value={to}
            min={from || undefined}
            onChange={(event) => setTo(event.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </label>
        <button type="submit" className="button button--primary button--sm">
          {t("period.apply")}
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={whole}
          onClick={() => {
            setFrom("");
            setTo("");
            onChange({});
          }}
        >
          {t("period.whole")}
        </button>
      </fieldset>
      <p className="period-picker__showing" id={`${id}-showing`} aria-live="polite">
        {shown ? t("period.showing", { range: formatDateRange(shown.from, shown.to, locale) }) : ""}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
