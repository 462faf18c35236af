/** Stream, format, type and a search box; every choice lives in the URL, so a filtered view can be shared. */
import { eventFormatSchema, eventKindSchema } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../../components/forms.tsx";
import type { ScheduleFilters as Filters, filterParams } from "./filters.ts";

interface Props {
  filters: Filters;
  streams: string[];
  onChange: (key: keyof typeof filterParams, value: string) => void;
  onReset: (() => void) | null;
}

export function ScheduleFilters({ filters, streams, onChange, onReset }: Props) {
  const { t } = useTranslation("programme");
  const ids = { stream: useId(), format: useId(), kind: useId(), search: useId() };
  return (
    <search>
      <form
        className="schedule-filters"
        aria-label={t("schedule.filters")}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="schedule-filters__field schedule-filters__field--search">
          <label className="field__label" htmlFor={ids.search}>
            {t("schedule.search")}
          </label>
          <SearchInput
            id={ids.search}
            value={filters.search}
            maxLength={100}
            placeholder={t("schedule.searchPlaceholder")}
            onChange={(event) => onChange("search", event.target.value)}
          />
        </div>
        {streams.length > 0 ? (
          <div className="schedule-filters__field">
            <label className="field__label" htmlFor={ids.stream}>
              {t("schedule.stream")}
            </label>
            <select
              id={ids.stream}
              className="field__input field__select"
              value={filters.stream}
              onChange={(event) => onChange("stream", event.target.value)}
            >
              <option value="">{t("schedule.anyStream")}</option>
              {streams.map((stream) => (
                <option key={stream} value={stream}>
                  {stream}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="schedule-filters__field">
          <label className="field__label" htmlFor={ids.format}>
            {t("schedule.format")}
          </label>
          <select
            id={ids.format}
            className="field__input field__select"
            value={filters.format}
            onChange={(event) => onChange("format", event.target.value)}
          >
            <option value="">{t("schedule.anyFormat")}</option>
            {eventFormatSchema.options.map((format) => (
              <option key={format} value={format}>
                {t(`formats.${format}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="schedule-filters__field">
          <label className="field__label" htmlFor={ids.kind}>
            {t("schedule.kind")}
          </label>
          <select
            id={ids.kind}
            className="field__input field__select"
            value={filters.kind}
            onChange={(event) => onChange("kind", event.target.value)}
          >
            <option value="">{t("schedule.anyKind")}</option>
            {eventKindSchema.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {onReset ? (
          <button
            type="button"
            className="button button--ghost button--sm schedule-filters__reset"
            onClick={onReset}
          >
            {t("schedule.reset")}
          </button>
        ) : null}
      </form>
    </search>
  );
}
