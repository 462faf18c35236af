import type { Turnout } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { intlTag } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { turnoutShare } from "./rowState.ts";

/** Registered, accepted, waiting, attended and the share of the accepted who came, with a bar. */
export function TurnoutPanel({ turnout }: { turnout: Turnout }) {
  const { t } = useTranslation("registrants");
  const locale = useLocale();
  const pct =
    turnout.attendedPct === null
      ? t("turnout.none")
      : new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 1 }).format(turnout.attendedPct) +
        " %";
  const figures = [
    { key: "registered", value: String(turnout.registered) },
    { key: "accepted", value: String(turnout.accepted) },
    { key: "pending", value: String(turnout.pending) },
    { key: "attended", value: String(turnout.attended) },
    { key: "pct", value: pct },
  ] as const;
  return (
    <section className="panel turnout" aria-labelledby="turnout-title" data-testid="turnout">
      <h2 className="panel__title" id="turnout-title">
        {t("turnout.title")}
      </h2>
      <dl className="turnout__figures">
        {figures.map((figure) => (
          <div key={figure.key} className={`turnout__figure turnout__figure--${figure.key}`}>
            <dt>{t(`turnout.${figure.key}`)}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <div className="turnout__bar" aria-hidden="true">
        <span style={{ width: `${turnoutShare(turnout.attendedPct)}%` }} />
      </div>
      <p className="turnout__caption">
        {t("turnout.bar", { attended: turnout.attended, accepted: turnout.accepted })}
      </p>
      <p className="field__hint">{t("turnout.hint")}</p>
    </section>
  );
}
