/**
 * One event waiting for a decision: who hosts it, what it proposes, for a change the field-by-field
 * diff against the public version, who will be told of a new time, and Approve / Send back.
 */
import type { ReviewEntry } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import type { Translate } from "../../lib/errors.ts";
import { formatDateTime } from "../../lib/format.ts";
import { dayIn, formatDay, formatTimeRange } from "../../programme/time.ts";
import { useTRPC } from "../../trpc.ts";
import { changeFieldLabel, changeValue } from "./changeLabels.ts";
import { SendBackDialog } from "./SendBackDialog.tsx";

interface Props {
  entry: ReviewEntry;
  timeZone: string;
  /** Said once the entry is decided (it leaves the queue). */
  onDecided: (message: string) => void;
}

export function ReviewEntryCard({ entry, timeZone, onDecided }: Props) {
  const { t } = useTranslation("authoring");
  const translate = t as unknown as Translate;
  const locale = useLocale();
  const trpc = useTRPC();
  const [sendingBack, setSendingBack] = useState(false);
  const title = pickText(entry.title, locale) || t("list.untitled");
  const host = entry.host.exhibitorId ? pickText(entry.host.name, locale) : t("review.organisers");
  const approve = useMutation(
    trpc.authoring.approve.mutationOptions({
      onSuccess: (result) =>
        onDecided(
          result.timeChanged
            ? t("review.approvedMoved", { title, count: result.notified })
            : t("review.approved", { title }),
        ),
    }),
  );
  const sendBack = useMutation(
    trpc.authoring.sendBack.mutationOptions({
      onSuccess: () => {
        setSendingBack(false);
        onDecided(t("review.sentBack", { title }));
      },
    }),
  );
  const proposed = entry.proposed;
  const speakersCount = proposed.speakers.length;
  const headingId = `review-${entry.eventId}`;

  return (
    <article className="panel authoring-review" aria-labelledby={headingId} data-testid="review-entry">
      <header className="authoring-review__head">
        <p className="authoring-review__kicker">
          <span className={`tag ${entry.kind === "webinar" ? "tag--webinar" : "tag--muted"}`}>
            {t(`review.kinds.${entry.kind}`)}
          </span>
          <span className="tag tag--meeting">{t(`review.what.${entry.what}`)}</span>
          <span>{t("review.host", { host })}</span>
        </p>
        <h2 className="authoring-review__title" id={headingId}>
          {title}
        </h2>
        <p className="authoring-review__meta">
          {formatDay(dayIn(proposed.startsAt, timeZone), locale, true)},{" "}
          {formatTimeRange(proposed.startsAt, proposed.endsAt, locale, timeZone)} ·{" "}
          {t(`programme:formats.${proposed.format}`)}
          {proposed.stream ? ` · ${t("list.stream", { stream: proposed.stream })}` : ""}
          {entry.submittedAt
            ? ` · ${t("review.submittedAt", { when: formatDateTime(entry.submittedAt, locale) })}`
            : ""}
        </p>
      </header>
      {entry.what === "event" ? (
        <div className="authoring-review__proposed">
          <p className="authoring-review__description">{pickText(proposed.description, locale)}</p>
          <p className="field__hint">
            {t("review.summary", { speakers: speakersCount, items: proposed.agenda.length })}
          </p>
          {proposed.agenda.length ? (
            <ol className="authoring-review__agenda">
              {proposed.agenda.map((item, index) => (
                <li key={index}>
                  <span className="authoring-review__time">
                    {formatTimeRange(
                      item.startsAt,
                      new Date(Date.parse(item.startsAt) + item.durationMinutes * 60_000).toISOString(),
                      locale,
                      timeZone,
                    )}
                  </span>{" "}
                  {t(`agendaKinds.${item.kind}`)}: {pickText(item.title, locale)}
                  {item.theses[locale].length || item.theses.ru.length ? (
                    <ul>
                      {(item.theses[locale].length ? item.theses[locale] : item.theses.ru).map((thesis) => (
                        <li key={thesis}>{thesis}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ) : (
        <div className="table-card authoring-review__changes">
          <table className="data-table">
            <caption className="visually-hidden">{t("review.changesCaption", { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("review.field")}</th>
                <th scope="col">{t("review.before")}</th>
                <th scope="col">{t("review.after")}</th>
              </tr>
            </thead>
            <tbody>
              {entry.changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{changeFieldLabel(change.field, translate)}</th>
                  <td className="data-table__wrap authoring-review__before">
                    <del>{changeValue(change.before, (iso) => formatDateTime(iso, locale, timeZone))}</del>
                  </td>
                  <td className="data-table__wrap authoring-review__after">
                    <ins>{changeValue(change.after, (iso) => formatDateTime(iso, locale, timeZone))}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entry.timeChanged ? (
        <p className="notice notice--info authoring-review__moved">
          {t("review.timeChanges", { count: entry.registered })}
        </p>
      ) : null}
      {approve.error ? (
        <p className="field__error" role="alert">
          {t("review.failed")}
        </p>
      ) : null}
      <div className="form-actions authoring-review__actions">
        <Link
          className="button button--ghost"
          to={`/admin/programme/${entry.eventId}`}
          aria-label={t("review.openNamed", { title })}
        >
          {t("review.open")}
        </Link>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setSendingBack(true)}
          aria-label={t("review.sendBackNamed", { title })}
        >
          {t("review.sendBack")}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={approve.isPending}
          aria-busy={approve.isPending || undefined}
          aria-label={t("review.approveNamed", { title })}
          onClick={() => approve.mutate({ eventId: entry.eventId })}
        >
          {approve.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {t("review.approve")}
        </button>
      </div>
      <SendBackDialog
        open={sendingBack}
        title={title}
        pending={sendBack.isPending}
        error={sendBack.error}
        onConfirm={(note) => sendBack.mutate({ eventId: entry.eventId, note })}
        onClose={() => setSendingBack(false)}
      />
    </article>
  );
}
