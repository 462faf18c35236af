import type { ModerationQueue } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateTime } from "../lib/format.ts";
import "../cabinet/tables.css";

/** The booths waiting for review, each row opening its review. */
export function QueueTable({ queue }: { queue: ModerationQueue }) {
  const { t } = useTranslation("moderation");
  const locale = useLocale();
  const column = (name: string) => t(`queue.columns.${name}`);
  return (
    <div className="table-card">
      <table className="data-table queue-table">
        <thead>
          <tr>
            <th scope="col">{column("company")}</th>
            <th scope="col">{column("floor")}</th>
            <th scope="col">{column("submitted")}</th>
            <th scope="col">{column("kind")}</th>
            <th scope="col">{column("materials")}</th>
            <th scope="col">{column("size")}</th>
          </tr>
        </thead>
        <tbody>
          {queue.map((entry) => {
            const name = pickText(entry.name, locale) || "—";
            const requested = t(`sizes.${entry.requestedSize}`);
            const sizeChanged = entry.currentSize !== null && entry.currentSize !== entry.requestedSize;
            return (
              <tr key={entry.exhibitorId} data-testid="moderation-entry">
                <th scope="row" data-label={column("company")}>
                  <Link className="queue-table__company" to={`/admin/moderation/${entry.exhibitorId}`}>
                    {name}
                  </Link>
                </th>
                <td data-label={column("floor")}>{pickText(entry.floorName, locale)}</td>
                <td data-label={column("submitted")} className="data-table__muted data-table__nowrap">
                  <time dateTime={entry.submittedAt}>{formatDateTime(entry.submittedAt, locale)}</time>
                </td>
                <td data-label={column("kind")}>
                  <span className={entry.firstVersion ? "tag tag--pending" : "tag"}>
                    {t(entry.firstVersion ? "queue.firstVersion" : "queue.update")}
                  </span>
                </td>
                <td data-label={column("materials")}>
                  {entry.pendingMaterials > 0 ? (
                    <span className="data-table__strong">{entry.pendingMaterials}</span>
                  ) : (
                    <span className="data-table__muted">{t("queue.noMaterials")}</span>
                  )}
                </td>
                <td data-label={column("size")} className="data-table__nowrap">
                  {sizeChanged && entry.currentSize ? (
                    <span className="queue-table__size-change">
                      {t("queue.sizeChange", { requested, current: t(`sizes.${entry.currentSize}`) })}
                    </span>
                  ) : (
                    requested
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
