/** The business programme by day, stream and format. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useSession } from "../auth/session.ts";
import { Icon } from "../components/Icon.tsx";
import { LoadError } from "../components/states.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { timeZoneLabel, visitorTimeZone } from "../lib/format.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useNow } from "../lib/useNow.ts";
import { DayTabs } from "../programme/schedule/DayTabs.tsx";
import {
  filterParams,
  isFiltered,
  pickDay,
  readFilters,
  scheduleQuery,
  withFilter,
} from "../programme/schedule/filters.ts";
import { ScheduleDay } from "../programme/schedule/ScheduleDay.tsx";
import { ScheduleFilters } from "../programme/schedule/ScheduleFilters.tsx";
import { countByDay, slotsOfDay } from "../programme/schedule/slots.ts";
import { dayIn, formatDay } from "../programme/time.ts";
import { useDebounced } from "../programme/useDebounced.ts";
import { useTRPC } from "../trpc.ts";
import "../programme/programme.css";

export function SchedulePage() {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  useDocumentTitle(t("schedule.title"));
  const trpc = useTRPC();
  const { data: user } = useSession();
  const now = useNow();
  const viewerZone = useMemo(() => visitorTimeZone(), []);
  const panelId = useId();
  const tabPrefix = useId();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const search = useDebounced(filters.search);
  const schedule = useQuery(
    trpc.programme.schedule.queryOptions(scheduleQuery(filters, search), {
      placeholderData: keepPreviousData,
    }),
  );
  const data = schedule.data;
  const day = data ? pickDay(data.days, filters.day, dayIn(now, data.timezone)) : null;
  const slots = data && day ? slotsOfDay(data.events, day, data.timezone) : [];
  const counts = data ? countByDay(data.events, data.timezone) : new Map<string, number>();
  const filtered = isFiltered(filters);
  const dayCount = slots.reduce((sum, slot) => sum + slot.events.length, 0);

  const set = (key: keyof typeof filterParams, value: string) =>
    setParams((current) => withFilter(current, key, value), { replace: true, preventScrollReset: true });
  const reset = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams();
        const kept = current.get(filterParams.day);
        if (kept) next.set(filterParams.day, kept);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <div className="container page schedule-page">
      <header className="page-header schedule-page__header">
        <h1 className="page-title">{t("schedule.title")}</h1>
        <p className="page-lead">{t("schedule.lead")}</p>
        <p className="schedule-page__zone">
          {t("schedule.timeZone", { timeZone: timeZoneLabel(viewerZone, locale, now) })}
        </p>
        {user ? (
          <Link className="button button--secondary schedule-page__agenda" to="/agenda">
            <Icon name="calendar" size={18} />
            {t("nav.agenda")}
          </Link>
        ) : null}
      </header>

      {schedule.isError && !data ? <LoadError onRetry={() => void schedule.refetch()} /> : null}
      {schedule.isPending ? (
        <p className="programme-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t("schedule.loading")}
        </p>
      ) : null}
      {data && data.days.length === 0 ? <div className="notice">{t("schedule.empty")}</div> : null}

      {data && day ? (
        <>
          <ScheduleFilters
            filters={filters}
            streams={data.streams}
            onChange={set}
            onReset={filtered ? reset : null}
          />
          <DayTabs
            days={data.days}
            selected={day}
            counts={counts}
            panelId={panelId}
            tabId={(tabDay) => `${tabPrefix}-${tabDay}`}
            onSelect={(next) => set("day", next)}
          />
          <section
            className="schedule-panel"
            id={panelId}
            role="tabpanel"
            aria-labelledby={`${tabPrefix}-${day}`}
            aria-busy={schedule.isFetching || undefined}
          >
            <h2 className="visually-hidden">{formatDay(day, locale, true)}</h2>
            <p className="schedule-panel__status" role="status">
              {t("schedule.count", { count: dayCount, day: formatDay(day, locale, true) })}
            </p>
            {slots.length === 0 ? (
              <div className="notice">
                {t(data.events.length === 0 ? "schedule.noMatches" : "schedule.noMatchesToday")}
              </div>
            ) : (
              <ScheduleDay slots={slots} now={now} viewerZone={viewerZone} />
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
