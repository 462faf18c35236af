import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LoadError } from "../../components/states.tsx";
import { useTRPC } from "../../trpc.ts";
import { Panel } from "../frame/CabinetTab.tsx";
import { useCabinet } from "../useCabinet.ts";
import { WebinarRow } from "./WebinarRow.tsx";

/** Phases change when a host goes on air or the time runs out: look again now and then. */
const REFRESH_MS = 30_000;

/** The company's webinars, newest plans first as the API sorts them, each with its console and recording. */
export function WebinarsPanel() {
  const { t } = useTranslation("live");
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const webinars = useQuery(
    trpc.webinar.exhibitorWebinars.queryOptions(
      { exhibitorId: overview.exhibitorId },
      { staleTime: 0, refetchInterval: REFRESH_MS },
    ),
  );
  return (
    <Panel
      titleId="live-webinars-title"
      title={t("cabinet.webinars.title")}
      lead={t("cabinet.webinars.lead")}
    >
      {webinars.isError && !webinars.data ? (
        <LoadError onRetry={() => void webinars.refetch()} />
      ) : !webinars.data ? (
        <p className="live-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          <span className="visually-hidden">{t("ui:common.loading")}</span>
        </p>
      ) : webinars.data.items.length === 0 ? (
        <p className="empty-note">{t("cabinet.webinars.empty")}</p>
      ) : (
        <ul className="live-webinars" aria-label={t("cabinet.webinars.listLabel")}>
          {webinars.data.items.map((webinar) => (
            <WebinarRow key={webinar.id} webinar={webinar} onChanged={() => void webinars.refetch()} />
          ))}
        </ul>
      )}
      <Link className="live-webinars__library" to="/recordings">
        {t("cabinet.webinars.library")}
      </Link>
    </Panel>
  );
}
