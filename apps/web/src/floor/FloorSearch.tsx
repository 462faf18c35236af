/**
 * Search over the floor: a combobox (ARIA 1.2) over `exhibition.search`. Choosing a
 * result hands it to the page, which flies to the booth (or goes to its floor).
 */
import type { SearchResult } from "@pavilion/schema";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../components/Icon.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useTRPC } from "../trpc.ts";

export type SearchHit = SearchResult[number];

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function FloorSearch({ floorSlug, onChoose }: { floorSlug: string; onChoose(hit: SearchHit): void }) {
  const { t } = useTranslation("floor");
  const locale = useLocale();
  const trpc = useTRPC();
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 200);
  const search = useQuery(
    trpc.exhibition.search.queryOptions(
      { query, limit: 8 },
      { enabled: query.length >= 2, placeholderData: keepPreviousData, staleTime: 60_000 },
    ),
  );
  const hits = query.length >= 2 ? (search.data ?? []) : [];
  const expanded = open && query.length >= 2;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setText(pickText(hit.name, locale));
    onChoose(hit);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (hits.length === 0 ? 0 : (a + step + hits.length) % hits.length));
    } else if (e.key === "Enter" && expanded) {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === "Escape") {
      if (expanded) setOpen(false);
      else setText("");
    }
  };

  return (
    <div className="floor-search">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {t("search.label")}
      </label>
      <Icon name="search" size={18} className="floor-search__icon" />
      <input
        id={`${id}-input`}
        className="floor-search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && hits[active] ? `${id}-${active}` : undefined}
        placeholder={t("search.placeholder")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={t("search.results")}
        className="floor-search__list"
        hidden={!expanded}
      >
        {hits.map((hit, i) => (
          // Keys stay on the input (aria-activedescendant); the pointer may click an option.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys for its options.
          <div
            key={hit.exhibitorId}
            id={`${id}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className="floor-search__option"
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(hit)}
          >
            {hit.logoUrl ? (
              <img className="floor-search__logo" src={hit.logoUrl} alt="" width={28} height={28} />
            ) : null}
            <span className="floor-search__name">{pickText(hit.name, locale)}</span>
            {hit.floorSlug !== floorSlug ? (
              <span className="floor-search__floor">{pickText(hit.floorName, locale)}</span>
            ) : null}
          </div>
        ))}
      </div>
      {expanded && !search.isFetching && hits.length === 0 ? (
        <p className="floor-search__list floor-search__empty">{t("search.none", { query })}</p>
      ) : null}
      <p className="visually-hidden" role="status">
        {expanded && !search.isFetching ? t("search.count", { count: hits.length }) : ""}
      </p>
    </div>
  );
}
