/** /admin/moderation: the booths waiting for an organiser's review. */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { Icon } from "../components/Icon.tsx";
import { LoadError, PageLoading } from "../components/states.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { type Decided, decidedOf } from "../moderation/decided.ts";
import { QueueTable } from "../moderation/QueueTable.tsx";
import { useOrganiserGate } from "../moderation/useOrganiserGate.tsx";
import { useTRPC } from "../trpc.ts";
import "../cabinet/cabinet.css";
import "../moderation/moderation.css";

export function ModerationQueuePage() {
  const { t } = useTranslation("moderation");
  useDocumentTitle(t("queue.title"));
  const trpc = useTRPC();
  const { organiser, gate } = useOrganiserGate();
  const queue = useQuery(trpc.moderation.queue.queryOptions(undefined, { enabled: organiser, staleTime: 0 }));
  const decided = decidedOf(useLocation().state);

  if (gate) return gate;
  return (
    <div className="container page moderation">
      <header className="page-header">
        <h1 className="page-title">{t("queue.title")}</h1>
        <p className="page-lead">{t("queue.lead")}</p>
      </header>
      {decided ? <DecisionNotice decided={decided} /> : null}
      {queue.isError && !queue.data ? (
        <LoadError onRetry={() => void queue.refetch()} />
      ) : !queue.data ? (
        <PageLoading />
      ) : queue.data.length === 0 ? (
        <div className="notice notice--info">
          <Icon name="check" />
          <p>{t("queue.empty")}</p>
        </div>
      ) : (
        <>
          <p className="moderation__count">{t("queue.count", { count: queue.data.length })}</p>
          <QueueTable queue={queue.data} />
        </>
      )}
    </div>
  );
}

function DecisionNotice({ decided }: { decided: Decided }) {
  const { t } = useTranslation("moderation");
  return (
    <div className="notice notice--success moderation__decided" role="status">
      <Icon name="check" />
      <p>
        {t(decided.decision === "approved" ? "queue.approved" : "queue.rejected", { name: decided.name })}
      </p>
    </div>
  );
}
