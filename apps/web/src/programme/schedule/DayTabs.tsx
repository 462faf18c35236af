/**
 * The exhibition's days as tabs (WAI-ARIA tabs with automatic activation): arrow keys move
 * between days, Home and End jump to the first and last; each tab says how many events it has.
 */
import { type KeyboardEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDay } from "../time.ts";

interface Props {
  days: string[];
  selected: string;
  counts: Map<string, number>;
  panelId: string;
  tabId: (day: string) => string;
  onSelect: (day: string) => void;
}

export function DayTabs({ days, selected, counts, panelId, tabId, onSelect }: Props) {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = days.indexOf(selected);
    let next = index;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = (index + 1) % days.length;
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp")
      next = (index - 1 + days.length) % days.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = days.length - 1;
    else return;
    event.preventDefault();
    const day = days[next];
    if (!day) return;
    onSelect(day);
    listRef.current?.querySelector<HTMLElement>(`[data-day="${day}"]`)?.focus();
  }

  return (
    <div
      className="day-tabs"
      role="tablist"
      aria-label={t("schedule.days")}
      ref={listRef}
      onKeyDown={onKeyDown}
    >
      {days.map((day) => {
        const active = day === selected;
        const count = counts.get(day) ?? 0;
        return (
          <button
            key={day}
            type="button"
            role="tab"
            id={tabId(day)}
            data-day={day}
            className="day-tabs__tab"
            aria-selected={active}
            aria-controls={panelId}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(day)}
          >
            <span className="day-tabs__date">{formatDay(day, locale)}</span>
            <span className="day-tabs__count">{t("schedule.dayCount", { count })}</span>
          </button>
        );
      })}
    </div>
  );
}
