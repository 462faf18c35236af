/** "My activity": what I did, newest first, a page at a time, as sentences with their time. */
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError } from "../components/states.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import type { Translate } from "../lib/errors.ts";
import { formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../trpc.ts";
import { activityLine } from "./activityLine.ts";

const PAGE = 20;

export function ActivitySection() {
  const { t } = useTranslation("privacy");
  const locale = useLocale();
  const trpc = useTRPC();
  const titleId = useId();
  const [offset, setOffset] = useState(0);
  const page = useQuery({
    ...trpc.privacy.myActivity.queryOptions({ offset, limit: PAGE }),
    placeholderData: (previous) => previous,
  });
  const total = page.data?.total ?? 0;
  const items = page.data?.items ?? [];

  return (
    <section className="my-data__card" aria-labelledby={titleId}>
      <h2 className="my-data__title" id={titleId}>
        {t("activity.title")}
      </h2>
      <p className="my-data__lead">{t("activity.lead")}</p>
      {page.isError && !page.data ? <LoadError onRetry={() => void page.refetch()} /> : null}
      {page.isPending ? <span className="spinner" role="status" aria-label={t("ui:common.loading")} /> : null}
      {page.data && total === 0 ? <p className="my-data__empty">{t("activity.empty")}</p> : null}
      {items.length > 0 ? (
        <ol className="my-activity" aria-busy={page.isFetching || undefined} data-testid="my-activity">
          {items.map((item) => (
            <li key={item.id} className="my-activity__item">
              <span className="my-activity__line">
                {activityLine(item, locale, t as unknown as Translate)}
              </span>
              <time className="my-activity__time" dateTime={item.occurredAt}>
                {formatDateTime(item.occurredAt, locale)}
              </time>
            </li>
          ))}
        </ol>
      ) : null}
      {total > PAGE ? (
        <nav className="my-activity__pager" aria-label={t("activity.pages")}>
          <button
            type="button"
            className="button button--secondary button--sm"
            disabled={offset === 0 || page.isFetching}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            {t("activity.newer")}
          </button>
          <span className="my-activity__range" aria-live="polite">
            {t("activity.range", { from: offset + 1, to: Math.min(total, offset + items.length), total })}
          </span>
          <button
            type="button"
            className="button button--secondary button--sm"
            disabled={offset + PAGE >= total || page.isFetching}
            onClick={() => setOffset(offset + PAGE)}
          >
            {t("activity.older")}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
