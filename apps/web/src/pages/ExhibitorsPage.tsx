import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../components/forms.tsx";
import { LoadError } from "../components/states.tsx";
import { useOverview } from "../exhibition/useOverview.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import { ExhibitorCard } from "./exhibitors/ExhibitorCard.tsx";
import "./exhibitors/exhibitors.css";
import { useSearchFilters } from "./exhibitors/useSearchFilters.ts";

const pageSize = 24;

export function ExhibitorsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  useDocumentTitle(t("exhibitors.title"));
  const trpc = useTRPC();
  const filters = useSearchFilters();
  const { data: overview } = useOverview();
  const searchId = useId();
  const floorId = useId();

  const list = useInfiniteQuery(
    trpc.exhibition.exhibitors.infiniteQueryOptions(
      { floorSlug: filters.floor || undefined, query: filters.query || undefined, limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor, placeholderData: keepPreviousData },
    ),
  );
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const filtered = filters.floor !== "" || filters.query !== "";

  return (
    <div className="container page">
      <header className="page-header">
        <h1 className="page-title">{t("exhibitors.title")}</h1>
        <p className="page-lead">{t("exhibitors.lead")}</p>
      </header>

      <search>
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault();
            filters.commitText();
          }}
        >
          <div className="filters__field filters__field--search">
            <label className="field__label" htmlFor={searchId}>
              {t("exhibitors.searchLabel")}
            </label>
            <SearchInput
              id={searchId}
              name="q"
              value={filters.text}
              onChange={(event) => filters.setText(event.target.value)}
              placeholder={t("exhibitors.searchPlaceholder")}
              enterKeyHint="search"
            />
          </div>
          <div className="filters__field">
            <label className="field__label" htmlFor={floorId}>
              {t("exhibitors.floorLabel")}
            </label>
            <select
              id={floorId}
              className="field__input field__select"
              name="floor"
              value={filters.floor}
              onChange={(event) => filters.setFloor(event.target.value)}
            >
              <option value="">{t("exhibitors.allFloors")}</option>
              {overview?.floors.map((floor) => (
                <option key={floor.id} value={floor.slug}>
                  {pickText(floor.name, locale)}
                </option>
              ))}
            </select>
          </div>
          {filtered ? (
            <button
              type="button"
              className="button button--ghost button--sm filters__clear"
              onClick={filters.clear}
            >
              {t("exhibitors.clear")}
            </button>
          ) : null}
        </form>
      </search>

      <p className="results-status" role="status">
        {list.data ? t("exhibitors.results", { count: total }) : ""}
      </p>

      {list.isError && !list.data ? <LoadError onRetry={() => void list.refetch()} /> : null}
      {list.isPending ? (
        <ul className="exhibitor-grid exhibitor-grid--loading" aria-hidden="true">
          {Array.from({ length: 6 }, (_, index) => (
            <li className="exhibitor-card exhibitor-card--skeleton" key={index} />
          ))}
        </ul>
      ) : null}
      {list.data && items.length === 0 ? <div className="notice">{t("exhibitors.empty")}</div> : null}
      {items.length > 0 ? (
        <ul className={list.isPlaceholderData ? "exhibitor-grid exhibitor-grid--stale" : "exhibitor-grid"}>
          {items.map((exhibitor) => (
            <ExhibitorCard key={exhibitor.id} exhibitor={exhibitor} />
          ))}
        </ul>
      ) : null}

      {items.length > 0 ? (
        <div className="load-more">
          <p className="load-more__count">{t("exhibitors.showing", { shown: items.length, total })}</p>
          {list.hasNextPage ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void list.fetchNextPage()}
              disabled={list.isFetchingNextPage}
              aria-busy={list.isFetchingNextPage || undefined}
            >
              {list.isFetchingNextPage ? <span className="spinner" aria-hidden="true" /> : null}
              {t("exhibitors.loadMore")}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
