import type { ExhibitorStats } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/useLocale.ts";
import { formatCount } from "../leads/words.ts";
import { minutesAndSeconds } from "./period.ts";

/** The period's headline figures as a grid of labelled numbers. */
export function StatsFigures({ totals }: { totals: ExhibitorStats["totals"] }) {
  const { t } = useTranslation("stats");
  const locale = useLocale();
  const { minutes, seconds } = minutesAndSeconds(totals.averageSecondsPerVisit);
  // Time is known only from visits that ended (the visitor left the booth); none yet reads "—".
  const average =
    totals.averageSecondsPerVisit <= 0
      ? "—"
      : minutes > 0
        ? t("figures.minutesSeconds", { minutes: formatCount(minutes, locale), seconds })
        : t("figures.seconds", { seconds });
  const figures = [
    { key: "visits", value: formatCount(totals.visits, locale) },
    { key: "uniqueVisitors", value: formatCount(totals.uniqueVisitors, locale) },
    { key: "averageTime", value: average },
    { key: "downloads", value: formatCount(totals.downloads, locale) },
    { key: "videoPlays", value: formatCount(totals.videoPlays, locale) },
    { key: "chatMessages", value: formatCount(totals.chatMessages, locale) },
    { key: "contacts", value: formatCount(totals.contacts, locale) },
    { key: "meetings", value: formatCount(totals.meetings, locale) },
  ] as const;
  return (
    <dl className="stats-figures" data-testid="stats-figures">
      {figures.map((figure) => (
        <div key={figure.key} className="stats-figure" data-figure={figure.key}>
          <dt>{t(`figures.${figure.key}`)}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
