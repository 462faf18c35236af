import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { Panel } from "../cabinet/frame/CabinetTab.tsx";
import { useCabinet } from "../cabinet/useCabinet.ts";
import { LoadError, PageLoading } from "../components/states.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import { ConversionFunnel } from "./ConversionFunnel.tsx";
import { LeadCardDialog } from "./card/LeadCardDialog.tsx";
import { CrmPanel } from "./crm/CrmPanel.tsx";
import {
  clearFilters,
  exportHref,
  isFiltered,
  type LeadView,
  listInput,
  readView,
  writeView,
} from "./filters.ts";
import { LeadFiltersBar } from "./LeadFiltersBar.tsx";
import { LeadsPager } from "./LeadsPager.tsx";
import { LeadsTable } from "./LeadsTable.tsx";
import "../cabinet/tables.css";
import "./leads.css";

/** The Leads tab: conversion, filters, the table with its exports, the CRM webhook, and the open lead's card. */
export function LeadsPanel() {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const { exhibitorId } = overview;
  const { leadId } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const company = pickText(overview.draft.profile.name, locale);
  useDocumentTitle(company ? `${t("tab")} — ${company}` : t("tab"));

  const list = useQuery(
    trpc.leads.list.queryOptions(listInput(exhibitorId, view), {
      // Keeps the rows on screen while the next filter or page loads.
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  );
  const changeView = (next: LeadView, replace = false) =>
    setParams((current) => writeView(current, next), { replace });
  const listPath = `/cabinet/${exhibitorId}/leads`;

  return (
    <div className="leads-tab">
      <Panel titleId="leads-title" title={t("title")} lead={t("lead")}>
        <div className="leads-top">
          <ConversionFunnel exhibitorId={exhibitorId} />
          <div className="leads-exports">
            <a
              className="button button--secondary button--sm"
              href={exportHref(exhibitorId, view, "xlsx")}
              download
              aria-label={t("exports.xlsxLabel")}
              data-testid="leads-export-xlsx"
            >
              {t("exports.xlsx")}
            </a>
            <a
              className="button button--secondary button--sm"
              href={exportHref(exhibitorId, view, "csv")}
              download
              aria-label={t("exports.csvLabel")}
            >
              {t("exports.csv")}
            </a>
          </div>
        </div>
        <LeadFiltersBar view={view} onView={changeView} />
        {list.isError && !list.data ? (
          <LoadError onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <PageLoading />
        ) : (
          <>
            <p
              className="leads__count"
              aria-live="polite"
              data-testid="leads-count"
              data-total={list.data.total}
            >
              {list.isPlaceholderData ? t("updating") : t("list.count", { count: list.data.total })}
            </p>
            {list.data.rows.length === 0 ? (
              <EmptyList filtered={isFiltered(view)} onShowAll={() => changeView(clearFilters(view))} />
            ) : (
              <>
                <LeadsTable
                  rows={list.data.rows}
                  view={view}
                  onView={changeView}
                  cardPath={(id) => ({ pathname: `${listPath}/${id}`, search: params.toString() })}
                />
                <LeadsPager view={view} total={list.data.total} />
              </>
            )}
          </>
        )}
      </Panel>
      <CrmPanel exhibitorId={exhibitorId} isOwner={overview.role === "owner"} />
      {leadId ? (
        <LeadCardDialog
          exhibitorId={exhibitorId}
          leadId={leadId}
          onClose={() => void navigate({ pathname: listPath, search: params.toString() })}
        />
      ) : null}
    </div>
  );
}

function EmptyList({ filtered, onShowAll }: { filtered: boolean; onShowAll: () => void }) {
  const { t } = useTranslation("leads");
  if (!filtered) return <p className="empty-note">{t("list.empty")}</p>;
  return (
    <div className="empty-note leads__empty">
      <p>{t("list.emptyFiltered")}</p>
      <button type="button" className="button button--secondary button--sm" onClick={onShowAll}>
        {t("list.showAll")}
      </button>
    </div>
  );
}
