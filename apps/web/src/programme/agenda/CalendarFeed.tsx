/**
 * The private calendar feed: get the URL, copy it, or reset it (the old URL stops working) with a
 * word on why one would. The URL is a secret: anyone holding it sees the agenda.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../cabinet/Dialog.tsx";
import { FormAlert } from "../../components/forms.tsx";
import { appErrorOf, formMessages, type Translate } from "../../lib/errors.ts";
import { useTRPC } from "../../trpc.ts";
import "../programme.css";
import "./agenda.css";

/** The feed as an absolute URL, whatever form the API gives it in. */
function absolute(url: string): string {
  try {
    return new URL(url, window.location.origin).toString();
  } catch {
    return url;
  }
}

export function CalendarFeed({ url }: { url: string | null }) {
  const { t } = useTranslation("programme");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");
  const [confirming, setConfirming] = useState(false);
  const feed = useMutation(
    trpc.programme.calendarFeed.mutationOptions({
      onSuccess: (result, input) => {
        queryClient.setQueryData(trpc.programme.myAgenda.queryKey(), (old) =>
          old ? { ...old, calendarFeedUrl: result.url } : old,
        );
        setConfirming(false);
        setStatus(input.rotate ? t("agenda.feed.resetDone") : "");
        if (!input.rotate) window.setTimeout(() => inputRef.current?.select(), 0);
      },
    }),
  );
  const error = feed.error ? formMessages(appErrorOf(feed.error), t as unknown as Translate, []).form : null;
  const shown = url ? absolute(url) : null;

  async function copy() {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown);
      setStatus(t("agenda.feed.copied"));
    } catch {
      inputRef.current?.select();
      setStatus(t("agenda.feed.copyFailed"));
    }
  }

  return (
    <section className="agenda-feed" aria-labelledby={titleId}>
      <h2 className="event-section__title" id={titleId}>
        {t("agenda.feed.title")}
      </h2>
      <p className="agenda-feed__lead">{t("agenda.feed.lead")}</p>
      {!confirming ? <FormAlert message={error} /> : null}
      {shown ? (
        <>
          <div className="agenda-feed__row">
            <label className="visually-hidden" htmlFor={inputId}>
              {t("agenda.feed.label")}
            </label>
            <input
              id={inputId}
              ref={inputRef}
              className="field__input agenda-feed__url"
              readOnly
              value={shown}
              aria-describedby={hintId}
              onFocus={(event) => event.currentTarget.select()}
              spellCheck={false}
            />
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              {t("agenda.feed.copy")}
            </button>
          </div>
          <p className="agenda-feed__hint" id={hintId}>
            {t("agenda.feed.resetHint")}
          </p>
          <div>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => setConfirming(true)}
            >
              {t("agenda.feed.reset")}
            </button>
          </div>
        </>
      ) : (
        <div>
          <button
            type="button"
            className="button button--primary"
            disabled={feed.isPending}
            aria-busy={feed.isPending || undefined}
            onClick={() => feed.mutate({ rotate: false })}
          >
            {feed.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            {t("agenda.feed.get")}
          </button>
        </div>
      )}
      <p className="agenda-feed__status" role="status">
        {status}
      </p>
      <ConfirmDialog
        open={confirming}
        title={t("agenda.feed.resetTitle")}
        text={t("agenda.feed.resetText")}
        keepLabel={t("registration.keep")}
        confirmLabel={t("agenda.feed.resetConfirm")}
        action={feed}
        errorText={error}
        onConfirm={() => feed.mutate({ rotate: true })}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}
