/**
 * The plan as a list: every booth of the floor by name, with a filter. One tab
 * stop; Up/Down, Page Up/Down, Home and End move between booths; Enter opens one.
 * Long lists render only the rows in sight.
 */
import type { FloorBooth } from "@pavilion/schema";
import {
  type KeyboardEvent,
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../../components/forms.tsx";
import { filterBooths, type ListedBooth } from "./filter.ts";
import { PlanListRow } from "./PlanListRow.tsx";
import { useVirtualRows } from "./useVirtualRows.ts";
import "./plan-list.css";

/** Row height in px; plan2d.css sets the same on .plan-list__row. */
const ROW = 64;
/** Shorter lists are rendered whole, so a screen reader can browse every item. */
const VIRTUAL_FROM = 200;

interface PlanBoothListProps {
  listed: readonly ListedBooth[];
  bookmarkedIds: ReadonlySet<string>;
  onOpen: (booth: FloorBooth) => void;
  onPoint: (booth: FloorBooth | null) => void;
}

export function PlanBoothList({ listed, bookmarkedIds, onOpen, onPoint }: PlanBoothListProps) {
  const { t } = useTranslation("booth");
  const titleId = useId();
  const inputId = useId();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const items = useMemo(() => filterBooths(listed, deferredQuery), [listed, deferredQuery]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const virtual = items.length > VIRTUAL_FROM;
  const range = useVirtualRows(scrollRef, items.length, ROW, virtual);
  const activeIndex = Math.max(
    0,
    items.findIndex((item) => item.booth.id === activeId),
  );

  const focusRow = (id: string) => {
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-booth="${CSS.escape(id)}"]`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: "nearest" });
  };
  // A row outside the rendered window gets focus once it is rendered.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    pendingFocus.current = null;
    if (id) focusRow(id);
  });

  const moveTo = (index: number) => {
    const item = items[Math.min(Math.max(index, 0), items.length - 1)];
    if (!item) return;
    if (item.booth.id === items[activeIndex]?.booth.id) return focusRow(item.booth.id);
    pendingFocus.current = item.booth.id;
    setActiveId(item.booth.id);
  };
  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW * 5) / ROW) - 1);
  const steps: Partial<Record<string, number>> = {
    ArrowDown: activeIndex + 1,
    ArrowUp: activeIndex - 1,
    PageDown: activeIndex + page,
    PageUp: activeIndex - page,
    Home: 0,
    End: items.length - 1,
  };
  const onListKey = (event: KeyboardEvent) => {
    const to = steps[event.key];
    if (to === undefined) return;
    event.preventDefault();
    moveTo(to);
  };

  const rows: number[] = [];
  for (let i = range.start; i < range.end; i++) rows.push(i);
  if (virtual && items.length > 0 && (activeIndex < range.start || activeIndex >= range.end))
    rows.push(activeIndex);
  const tabbableId = items[activeIndex]?.booth.id;
  const status = deferredQuery.trim()
    ? t("plan.matches", { count: items.length, total: listed.length })
    : t("plan.count", { count: listed.length });

  return (
    <div className="plan-list">
      <h3 className="plan-list__title" id={titleId}>
        {t("plan.listTitle")}
      </h3>
      {listed.length > 0 ? (
        <div className="plan-list__filter">
          <label className="visually-hidden" htmlFor={inputId}>
            {t("plan.filterLabel")}
          </label>
          <SearchInput
            id={inputId}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "ArrowDown" && items.length > 0) {
                event.preventDefault();
                moveTo(activeIndex);
              }
            }}
            placeholder={t("plan.filterPlaceholder")}
            enterKeyHint="search"
          />
        </div>
      ) : null}
      <p className="plan-list__status" role="status">
        {listed.length > 0 ? status : ""}
      </p>
      {listed.length === 0 ? <p className="plan-list__empty">{t("plan.empty")}</p> : null}
      {listed.length > 0 && items.length === 0 ? (
        <p className="plan-list__empty">{t("plan.noMatches", { query: deferredQuery.trim() })}</p>
      ) : null}
      <div className="plan-list__scroll" ref={scrollRef}>
        <ul
          className="plan-list__items"
          aria-labelledby={titleId}
          style={virtual ? { height: items.length * ROW } : undefined}
          onKeyDown={onListKey}
        >
          {rows.map((i) => {
            const item = items[i];
            if (!item) return null;
            return (
              <PlanListRow
                key={item.booth.id}
                item={item}
                position={virtual ? { index: i, of: items.length, top: i * ROW } : null}
                tabbable={item.booth.id === tabbableId}
                bookmarked={bookmarkedIds.has(item.booth.exhibitorId) || bookmarkedIds.has(item.booth.id)}
                onOpen={onOpen}
                onPoint={onPoint}
                onFocusRow={setActiveId}
              />
            );
          })}
        </ul>
      </div>
    </div>
  );
}
