import type { LeadConversion } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/useLocale.ts";
import { useTRPC } from "../trpc.ts";
import { formatCount, formatShare } from "./words.ts";

/** Leads → qualified → won as shrinking bars, with lost apart. */
export function ConversionFunnel({ exhibitorId }: { exhibitorId: string }) {
  const { t } = useTranslation("leads");
  const trpc = useTRPC();
  const conversion = useQuery(trpc.leads.conversion.queryOptions({ exhibitorId }, { staleTime: 0 }));
  return (
    <section className="funnel" aria-labelledby="funnel-title">
      <h3 className="panel__subtitle funnel__title" id="funnel-title">
        {t("conversion.title")}
      </h3>
      {conversion.data ? <FunnelSteps data={conversion.data} /> : <p className="funnel__placeholder">…</p>}
    </section>
  );
}

function FunnelSteps({ data }: { data: LeadConversion }) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  const steps = [
    { key: "leads", value: data.leads },
    { key: "qualified", value: data.qualified },
    { key: "won", value: data.won },
  ] as const;
  const summary = t("conversion.summary", {
    leads: formatCount(data.leads, locale),
    qualified: formatCount(data.qualified, locale),
    qualifiedPct: formatShare(data.qualified, data.leads, locale),
    won: formatCount(data.won, locale),
    wonPct: formatShare(data.won, data.leads, locale),
    lost: formatCount(data.lost, locale),
  });
  return (
    <>
      <p className="visually-hidden">{summary}</p>
      <ol className="funnel__steps" aria-hidden="true" data-testid="lead-conversion">
        {steps.map((step) => {
          const width = data.leads > 0 ? Math.max(2, (step.value / data.leads) * 100) : 0;
          return (
            <li key={step.key} className={`funnel__step funnel__step--${step.key}`}>
              <span className="funnel__label">{t(`conversion.${step.key}`)}</span>
              <span className="funnel__bar">
                <span style={{ width: `${width}%` }} />
              </span>
              <span className="funnel__value">
                {formatCount(step.value, locale)}
                {step.key === "leads" ? null : (
                  <span className="funnel__pct"> {formatShare(step.value, data.leads, locale)}</span>
                )}
              </span>
            </li>
          );
        })}
        <li className="funnel__step funnel__step--lost">
          <span className="funnel__label">{t("conversion.lost")}</span>
          <span className="funnel__bar">
            <span style={{ width: `${data.leads > 0 ? Math.max(2, (data.lost / data.leads) * 100) : 0}%` }} />
          </span>
          <span className="funnel__value">
            {formatCount(data.lost, locale)}
            <span className="funnel__pct"> {formatShare(data.lost, data.leads, locale)}</span>
          </span>
        </li>
      </ol>
    </>
  );
}
