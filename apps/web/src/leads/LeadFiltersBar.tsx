import { LEAD_SORTS, LEAD_SOURCES, LEAD_STATUSES, WARMTH_BANDS } from "@pavilion/schema";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../components/forms.tsx";
import {
  clearFilters,
  isFiltered,
  type LeadSort,
  type LeadView,
  SEARCH_MAX_LENGTH,
  type SortDirection,
  toggle,
} from "./filters.ts";

/** Typing settles for this long before the address (and the query) changes. */
const SEARCH_DELAY_MS = 300;

type OnView = (next: LeadView, replace?: boolean) => void;

/** Warmth bands, sources and statuses as toggle chips; created from/to; the search; clearing. */
export function LeadFiltersBar({ view, onView }: { view: LeadView; onView: OnView }) {
  const { t } = useTranslation("leads");
  const reversed = view.from !== "" && view.to !== "" && view.from > view.to;
  return (
    <section className="lead-filters" aria-label={t("filters.label")}>
      <div className="lead-filters__groups">
        <ChipGroup
          legend={t("filters.warmth")}
          options={WARMTH_BANDS}
          selected={view.warmth}
          label={(band) => t(`band.${band}`)}
          chipClass={(band) => `filter-chip--${band}`}
          onChange={(warmth) => onView({ ...view, warmth, page: 1 })}
        />
        <ChipGroup
          legend={t("filters.source")}
          options={LEAD_SOURCES}
          selected={view.source}
          label={(source) => t(`source.${source}`)}
          onChange={(source) => onView({ ...view, source, page: 1 })}
        />
        <ChipGroup
          legend={t("filters.status")}
          options={LEAD_STATUSES}
          selected={view.status}
          label={(status) => t(`status.${status}`)}
          onChange={(status) => onView({ ...view, status, page: 1 })}
        />
      </div>
      <div className="lead-filters__row">
        <DayField
          label={t("filters.from")}
          value={view.from}
          invalid={reversed}
          onChange={(from) => onView({ ...view, from, page: 1 }, true)}
        />
        <DayField
          label={t("filters.to")}
          value={view.to}
          invalid={reversed}
          onChange={(to) => onView({ ...view, to, page: 1 }, true)}
        />
        <SearchBox value={view.search} onSearch={(search) => onView({ ...view, search, page: 1 }, true)} />
        <SortSelect view={view} onView={onView} />
        {isFiltered(view) ? (
          <button
            type="button"
            className="button button--ghost button--sm lead-filters__clear"
            onClick={() => onView(clearFilters(view))}
          >
            {t("filters.clear")}
          </button>
        ) : null}
      </div>
      {reversed ? (
        <p className="field__error" role="alert">
          {t("filters.reversed")}
        </p>
      ) : null}
    </section>
  );
}

function ChipGroup<T extends string>({
  legend,
  options,
  selected,
  label,
  chipClass,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label: (value: T) => string;
  chipClass?: (value: T) => string;
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="chip-group">
      <legend className="chip-group__legend">{legend}</legend>
      <div className="chip-group__chips">
        {options.map((option) => (
          <label key={option} className={`filter-chip ${chipClass?.(option) ?? ""}`}>
            <input
              type="checkbox"
              checked={selected.includes(option)}
              onChange={(event) => onChange(toggle(selected, option, event.target.checked, options))}
            />
            <span className="filter-chip__text">{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function DayField({
  label,
  value,
  invalid,
  onChange,
}: {
  label: string;
  value: string;
  invalid: boolean;
  onChange: (day: string) => void;
}) {
  const id = useId();
  return (
    <div className="field lead-filters__day">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        type="date"
        value={value}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** The sort as a select, for narrow screens where the table's headers are hidden. */
function SortSelect({ view, onView }: { view: LeadView; onView: OnView }) {
  const { t } = useTranslation("leads");
  const id = useId();
  const column: Record<LeadSort, string> = {
    warmth: t("columns.warmth"),
    name: t("columns.person"),
    lastActivity: t("columns.lastActivity"),
    created: t("columns.created"),
  };
  return (
    <div className="field lead-filters__sort">
      <label className="field__label" htmlFor={id}>
        {t("sort.label")}
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={`${view.sort}:${view.direction}`}
        onChange={(event) => {
          const [sort, direction] = event.target.value.split(":") as [LeadSort, SortDirection];
          onView({ ...view, sort, direction, page: 1 });
        }}
      >
        {LEAD_SORTS.flatMap((sort) =>
          (["desc", "asc"] as const).map((direction) => (
            <option key={`${sort}:${direction}`} value={`${sort}:${direction}`}>
              {`${column[sort]} · ${t(direction === "asc" ? "sort.ascending" : "sort.descending")}`}
            </option>
          )),
        )}
      </select>
    </div>
  );
}

/** The search field: the address follows the typing after a pause; the back button fills it again. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (search: string) => void }) {
  const { t } = useTranslation("leads");
  const id = useId();
  const [text, setText] = useState(value);
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;

  useEffect(() => {
    setText((typed) => (typed.trim() === value.trim() ? typed : value));
  }, [value]);

  useEffect(() => {
    if (text.trim() === value.trim()) return;
    const timer = setTimeout(() => onSearchRef.current(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div className="field lead-filters__search">
      <label className="field__label" htmlFor={id}>
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
