import type { LeadRow } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link, type To } from "react-router";
import { useLocale } from "../i18n/useLocale.ts";
import { type LeadSort, type LeadView, sortBy } from "./filters.ts";
import { WarmthBadge } from "./WarmthBadge.tsx";
import { formatWhen } from "./words.ts";

/** The leads of one page; headers sort; on phones each row becomes a card (tables.css). */
export function LeadsTable({
  rows,
  view,
  onView,
  cardPath,
}: {
  rows: readonly LeadRow[];
  view: LeadView;
  onView: (next: LeadView) => void;
  cardPath: (leadId: string) => To;
}) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  const column = (name: string) => t(`columns.${name}`);
  const sortable = (sort: LeadSort, name: string) => (
    <SortHeader sort={sort} label={column(name)} view={view} onView={onView} />
  );
  return (
    <div className="table-card">
      <table className="data-table leads-table" aria-label={t("list.label")}>
        <thead>
          <tr>
            {sortable("warmth", "warmth")}
            {sortable("name", "person")}
            <th scope="col">{column("source")}</th>
            <th scope="col">{column("status")}</th>
            <th scope="col">{column("assignee")}</th>
            {sortable("lastActivity", "lastActivity")}
            {sortable("created", "created")}
          </tr>
        </thead>
        <tbody>
          {rows.map((lead) => {
            const name = lead.visitor.consent ? (lead.visitor.name ?? "—") : t("list.noConsent");
            return (
              <tr key={lead.id} data-testid="lead-row" data-lead={lead.id}>
                <td data-label={column("warmth")}>
                  <WarmthBadge warmth={lead.warmth} band={lead.band} />
                </td>
                <th scope="row" data-label={column("person")}>
                  <Link className="lead__name" to={cardPath(lead.id)}>
                    {name}
                  </Link>
                  {lead.visitor.consent ? (
                    lead.visitor.company ? (
                      <span className="lead__company">{lead.visitor.company}</span>
                    ) : null
                  ) : (
                    <span className="lead__company">{t("list.noConsentHint")}</span>
                  )}
                  {lead.notes > 0 ? (
                    <span className="lead__notes">{t("list.notes", { count: lead.notes })}</span>
                  ) : null}
                </th>
                <td data-label={column("source")} className="lead__source">
                  {t(`source.${lead.source}`)}
                </td>
                <td data-label={column("status")}>
                  <span className={`tag lead-status lead-status--${lead.status}`}>
                    {t(`status.${lead.status}`)}
                  </span>
                </td>
                <td
                  data-label={column("assignee")}
                  className={lead.assignee ? undefined : "data-table__muted"}
                >
                  {lead.assignee?.name ?? t("list.unassigned")}
                </td>
                <td data-label={column("lastActivity")} className="data-table__nowrap">
                  <time dateTime={lead.lastActivityAt}>{formatWhen(lead.lastActivityAt, locale)}</time>
                </td>
                <td data-label={column("created")} className="data-table__nowrap data-table__muted">
                  <time dateTime={lead.createdAt}>
                    {formatWhen(lead.createdAt, locale, new Date(), false)}
                  </time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A column header that sorts: a button inside, the current order on the header (aria-sort). */
function SortHeader({
  sort,
  label,
  view,
  onView,
}: {
  sort: LeadSort;
  label: string;
  view: LeadView;
  onView: (next: LeadView) => void;
}) {
  const { t } = useTranslation("leads");
  const active = view.sort === sort;
  const ariaSort = active ? (view.direction === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        data-active={active || undefined}
        onClick={() => onView(sortBy(view, sort))}
        title={t("sort.by", { column: label })}
      >
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {active ? (view.direction === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}
