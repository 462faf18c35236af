import type { WebhookDelivery } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../components/states.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { formatCount, formatWhen } from "../words.ts";

/** Pending deliveries change by themselves: look again this often while any is waiting. */
const WAITING_REFRESH_MS = 5_000;

/** The latest deliveries to the CRM: what, how it went, how often tried, and when the next try is. */
export function DeliveryLog({ exhibitorId }: { exhibitorId: string }) {
  const { t } = useTranslation("leads");
  const trpc = useTRPC();
  const deliveries = useQuery(
    trpc.crm.deliveries.queryOptions(
      { exhibitorId },
      {
        staleTime: 0,
        refetchInterval: (query) =>
          query.state.data?.some((each) => each.state === "pending" || each.state === "delivering")
            ? WAITING_REFRESH_MS
            : false,
      },
    ),
  );
  return (
    <section className="crm-log" aria-labelledby="crm-log-title">
      <div className="crm-log__head">
        <h3 className="panel__subtitle" id="crm-log-title">
          {t("crm.deliveries")}
        </h3>
        <button
          type="button"
          className="button button--ghost button--sm"
          onClick={() => void deliveries.refetch()}
          disabled={deliveries.isFetching}
        >
          {t("crm.refresh")}
        </button>
      </div>
      {deliveries.isError && !deliveries.data ? (
        <LoadError onRetry={() => void deliveries.refetch()} />
      ) : !deliveries.data ? null : deliveries.data.length === 0 ? (
        <p className="empty-note">{t("crm.deliveriesEmpty")}</p>
      ) : (
        <DeliveryTable rows={deliveries.data} />
      )}
    </section>
  );
}

function DeliveryTable({ rows }: { rows: readonly WebhookDelivery[] }) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  const col = (name: string) => t(`crm.col.${name}`);
  return (
    <div className="table-card">
      <table className="data-table crm-log__table" aria-labelledby="crm-log-title">
        <thead>
          <tr>
            <th scope="col">{col("time")}</th>
            <th scope="col">{col("event")}</th>
            <th scope="col">{col("state")}</th>
            <th scope="col">{col("attempts")}</th>
            <th scope="col">{col("status")}</th>
            <th scope="col">{col("error")}</th>
            <th scope="col">{col("duration")}</th>
            <th scope="col">{col("next")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="crm-delivery">
              <td data-label={col("time")} className="data-table__nowrap">
                {formatWhen(row.createdAt, locale)}
              </td>
              <td data-label={col("event")}>{t(`crm.event.${row.event.replace(".", "_")}`)}</td>
              <td data-label={col("state")}>
                <span className={`tag delivery-state delivery-state--${row.state}`}>
                  {t(`crm.deliveryState.${row.state}`)}
                </span>
              </td>
              <td data-label={col("attempts")}>{formatCount(row.attempts, locale)}</td>
              <td data-label={col("status")}>{row.lastStatus ?? "—"}</td>
              <td
                data-label={col("error")}
                className={row.lastError ? "data-table__wrap crm-log__error" : undefined}
              >
                {row.lastError ?? "—"}
              </td>
              <td data-label={col("duration")} className="data-table__nowrap">
                {row.lastDurationMs === null
                  ? "—"
                  : t("crm.ms", { ms: formatCount(row.lastDurationMs, locale) })}
              </td>
              <td data-label={col("next")} className="data-table__nowrap">
                {row.nextAttemptAt ? formatWhen(row.nextAttemptAt, locale) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
