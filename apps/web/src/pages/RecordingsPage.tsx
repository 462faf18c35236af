/** The recordings library: recordings per booth and the programme, as far as each event's rights allow. */
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { SearchInput } from "../components/forms.tsx";
import { LoadError } from "../components/states.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { filterRecordings, groupRecordings, hostOptions } from "../live/recordings/groups.ts";
import { RecordingGroupSection } from "../live/recordings/RecordingGroup.tsx";
import { useTRPC } from "../trpc.ts";
import "../live/recordings/recordings.css";

export function RecordingsPage() {
  const { t } = useTranslation("live");
  const locale = useLocale();
  useDocumentTitle(t("recordings.title"));
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const host = params.get("company") ?? "";
  const query = params.get("q") ?? "";
  const hostId = useId();
  const searchId = useId();
  const recordings = useQuery(trpc.webinar.recordings.queryOptions({}));
  const all = recordings.data?.items ?? [];
  const shown = filterRecordings(all, { host, query });
  const groups = groupRecordings(shown, locale);
  const set = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <div className="container page recordings-page">
      <header className="page-header">
        <h1 className="page-title">{t("recordings.title")}</h1>
        <p className="page-lead">{t("recordings.lead")}</p>
      </header>

      {all.length > 0 ? (
        <search>
          <form className="recordings-filters" onSubmit={(event) => event.preventDefault()}>
            <div className="recordings-filters__field">
              <label className="field__label" htmlFor={hostId}>
                {t("recordings.filter.label")}
              </label>
              <select
                id={hostId}
                className="field__input field__select"
                value={host}
                onChange={(event) => set("company", event.target.value)}
              >
                <option value="">{t("recordings.filter.all")}</option>
                {hostOptions(all, locale).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.name || t("recordings.programme")}
                  </option>
                ))}
              </select>
            </div>
            <div className="recordings-filters__field recordings-filters__field--search">
              <label className="field__label" htmlFor={searchId}>
                {t("recordings.filter.search")}
              </label>
              <SearchInput
                id={searchId}
                value={query}
                placeholder={t("recordings.filter.searchPlaceholder")}
                onChange={(event) => set("q", event.target.value)}
              />
            </div>
          </form>
        </search>
      ) : null}

      <p className="recordings-status" role="status">
        {recordings.data && all.length > 0 ? t("recordings.count", { count: shown.length }) : ""}
      </p>

      {recordings.isError && !recordings.data ? (
        <LoadError onRetry={() => void recordings.refetch()} />
      ) : null}
      {recordings.isPending ? (
        <p className="recordings-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t("recordings.loading")}
        </p>
      ) : null}
      {recordings.data && all.length === 0 ? <div className="notice">{t("recordings.empty")}</div> : null}
      {all.length > 0 && shown.length === 0 ? (
        <div className="notice">{t("recordings.noMatches")}</div>
      ) : null}
      {groups.map((group) => (
        <RecordingGroupSection key={group.key} group={group} />
      ))}
    </div>
  );
}
