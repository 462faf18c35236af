/** What waits for the organisers: new events and changes of approved ones, oldest first. */
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon.tsx";
import { LoadError, PageLoading } from "../../components/states.tsx";
import { useOverview } from "../../exhibition/useOverview.ts";
import { useTRPC } from "../../trpc.ts";
import { useAuthoringCache } from "../useAuthoringCache.ts";
import { ReviewEntryCard } from "./ReviewEntryCard.tsx";

export function ReviewQueue() {
  const { t } = useTranslation("authoring");
  const trpc = useTRPC();
  const cache = useAuthoringCache();
  const queue = useQuery(trpc.authoring.reviewQueue.queryOptions(undefined, { staleTime: 0 }));
  const overview = useOverview();
  const [decided, setDecided] = useState("");
  const statusRef = useRef<HTMLDivElement>(null);
  const timeZone = overview.data?.timezone ?? "Europe/Moscow";

  if (queue.isError && !queue.data) return <LoadError onRetry={() => void queue.refetch()} />;
  if (!queue.data) return <PageLoading />;
  return (
    <div className="authoring-queue">
      <div role="status" ref={statusRef} tabIndex={-1} className="authoring-queue__decided">
        {decided ? (
          <div className="notice notice--success">
            <Icon name="check" />
            <p>{decided}</p>
          </div>
        ) : null}
      </div>
      {queue.data.length === 0 ? (
        <div className="notice notice--info">
          <Icon name="check" />
          <p>{t("review.empty")}</p>
        </div>
      ) : (
        <p className="authoring-queue__count">{t("review.count", { count: queue.data.length })}</p>
      )}
      {queue.data.map((entry) => (
        <ReviewEntryCard
          key={`${entry.eventId}-${entry.what}`}
          entry={entry}
          timeZone={timeZone}
          onDecided={(message) => {
            setDecided(message);
            cache.refreshQueue();
            // The decided entry (and the button that had focus) leaves: focus the outcome.
            requestAnimationFrame(() => statusRef.current?.focus());
          }}
        />
      ))}
    </div>
  );
}
