import type { Turnout } from "@pavilion/schema";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { SearchInput } from "../components/forms.tsx";
import {
  type RegistrantFilters,
  SEARCH_MAX_LENGTH,
  statusCounts,
  statusFilters,
  writeFilters,
} from "./filters.ts";

/** Typing settles for this long before the address (and the query) changes. */
const SEARCH_DELAY_MS = 300;

/** Status tabs with their counts (links, so each filter has an address) and the search box. */
export function RegistrantFiltersBar({
  filters,
  turnout,
  onFilters,
}: {
  filters: RegistrantFilters;
  turnout: Turnout;
  onFilters: (next: RegistrantFilters, replace?: boolean) => void;
}) {
  const { t } = useTranslation("registrants");
  const [params] = useSearchParams();
  const counts = statusCounts(turnout);
  return (
    <div className="registrant-filters">
      <nav aria-label={t("filters.label")}>
        <ul className="registrant-tabs">
          {statusFilters.map((status) => {
            const current = status === filters.status;
            const label = t(`filters.status.${status}`);
            return (
              <li key={status}>
                <Link
                  className="registrant-tabs__tab"
                  to={{ search: writeFilters(params, { ...filters, status }).toString() }}
                  aria-current={current ? "true" : undefined}
                  aria-label={t("filters.tabLabel", { status: label, count: counts[status] })}
                  data-status={status}
                >
                  {label}
                  <span className="registrant-tabs__count" aria-hidden="true">
                    {counts[status]}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <SearchBox value={filters.search} onSearch={(search) => onFilters({ ...filters, search }, true)} />
    </div>
  );
}

/** The search field: the address follows the typing after a pause; the back button fills it again. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (search: string) => void }) {
  const { t } = useTranslation("registrants");
  const id = useId();
  const [text, setText] = useState(value);
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;

  // The address changed by itself (back, a tab link): show what it holds, unless it is what is typed.
  useEffect(() => {
    setText((typed) => (typed.trim() === value.trim() ? typed : value));
  }, [value]);

  useEffect(() => {
    if (text.trim() === value.trim()) return;
    const timer = setTimeout(() => onSearchRef.current(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div className="field registrant-filters__search">
      <label className="visually-hidden" htmlFor={id}>
        {t("filters.search")}
      </label>
      <SearchInput
        id={id}
        value={text}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t("filters.searchPlaceholder")}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") onSearchRef.current(text);
        }}
      />
    </div>
  );
}
