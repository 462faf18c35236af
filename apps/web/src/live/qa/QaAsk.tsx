import { QUESTION_MAX_LENGTH } from "@pavilion/schema";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { appErrorOf, formMessages, type Translate } from "../../lib/errors.ts";

interface QaAskProps {
  /** Sends the question; resolves when the API took it, rejects with its error. */
  onAsk: (body: string) => Promise<unknown>;
  pending: boolean;
}

/** The question field with a counter; after sending, says the question waits for approval. */
export function QaAsk({ onAsk, pending }: QaAskProps) {
  const { t } = useTranslation("live");
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const length = body.trim().length;
  const over = length - QUESTION_MAX_LENGTH;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (length === 0) return setError(t("qa.ask.empty"));
    if (over > 0) return;
    setError(null);
    setSent(false);
    onAsk(body).then(
      () => {
        setBody("");
        setSent(true);
      },
      (failure: unknown) =>
        setError(
          formMessages(appErrorOf(failure), t as unknown as Translate, []).form ?? t("errors:codes.internal"),
        ),
    );
  };

  const problem = over > 0 ? t("qa.ask.tooLong", { over }) : error;
  return (
    <form className="qa-ask" onSubmit={submit} noValidate>
      <label className="field__label" htmlFor={`${id}-field`}>
        {t("qa.ask.label")}
      </label>
      <textarea
        id={`${id}-field`}
        className="field__input qa-ask__field"
        rows={2}
        value={body}
        placeholder={t("qa.ask.placeholder")}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-count ${id}-error`}
        onChange={(event) => {
          setBody(event.target.value);
          setError(null);
          setSent(false);
        }}
      />
      <div className="qa-ask__foot">
        <span className={`qa-ask__count${over > 0 ? " qa-ask__count--over" : ""}`} id={`${id}-count`}>
          <span aria-hidden="true">
            {length}/{QUESTION_MAX_LENGTH}
          </span>
          <span className="visually-hidden">{t("qa.ask.counter", { length, max: QUESTION_MAX_LENGTH })}</span>
        </span>
        <button
          type="submit"
          className="button button--primary button--sm"
          disabled={pending || over > 0}
          aria-busy={pending || undefined}
        >
          {pending ? <span className="spinner" aria-hidden="true" /> : null}
          {pending ? t("qa.ask.sending") : t("qa.ask.submit")}
        </button>
      </div>
      <p className="field__error qa-ask__error" id={`${id}-error`} role="alert">
        {problem}
      </p>
      <p className="qa-ask__sent" role="status">
        {sent ? t("qa.ask.sent") : null}
      </p>
    </form>
  );
}
