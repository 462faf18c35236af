import type { ExhibitorStats } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/useLocale.ts";
import { formatCount } from "../leads/words.ts";
import { minutesAndSeconds } from "./period.ts";

/** The period's headline figures as a grid of labelled numbers. */
export function StatsFigures({
  totals,
  immersive,
}: {
  totals: ExhibitorStats["totals"];
  immersive: ExhibitorStats["immersive"];
}) {
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
    { key: "modelViews", value: formatCount(immersive.modelViews, locale) },
    { key: "tourVisits", value: formatCount(immersive.tourVisits, locale) },
    {
      key: "tourTime",
      value: t("figures.minutes", { minutes: formatCount(Math.round(immersive.tourSeconds / 60), locale) }),
    },
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
