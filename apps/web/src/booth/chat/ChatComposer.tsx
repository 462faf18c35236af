import { CHAT_MESSAGE_MAX_LENGTH } from "@pavilion/schema";
import { type FormEvent, type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Translate } from "../../lib/errors.ts";
import type { LivePlaceKind } from "../../live/room/place.ts";
import { sendErrorText } from "./chatErrors.ts";

interface ChatComposerProps {
  /** Sends the text; resolves when the API took it, rejects with its error. */
  onSend: (body: string) => Promise<unknown>;
  pending: boolean;
  /** Why writing is impossible (banned, preview); the field is disabled and says so. */
  disabledReason?: string;
  /** Whose words a refusal uses (a booth's chat or an event's). */
  kind?: LivePlaceKind;
}

/** The message field: Enter sends, Shift+Enter breaks the line, a counter shows what is left. */
export function ChatComposer({ onSend, pending, disabledReason, kind = "booth" }: ChatComposerProps) {
  const { t } = useTranslation("booth");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const length = body.trim().length;
  const over = length - CHAT_MESSAGE_MAX_LENGTH;
  const disabled = disabledReason !== undefined;

  const send = () => {
    if (disabled || pending || length === 0 || over > 0) return;
    setError(null);
    onSend(body).then(
      () => setBody(""),
      (failure: unknown) => setError(sendErrorText(failure, t as unknown as Translate, kind)),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  const problem = over > 0 ? t("chat.composer.tooLong", { over }) : error;
  return (
    <form className="chat-composer" onSubmit={onSubmit} noValidate>
      <label className="visually-hidden" htmlFor={`${id}-field`}>
        {t("chat.composer.label")}
      </label>
      <textarea
        id={`${id}-field`}
        className="field__input chat-composer__field"
        rows={2}
        value={body}
        placeholder={t("chat.composer.placeholder")}
        disabled={disabled}
        aria-invalid={over > 0 || undefined}
        aria-describedby={`${id}-why ${id}-hint ${id}-count ${id}-error`}
        onChange={(event) => {
          setBody(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      {disabled ? (
        <p className="chat-composer__disabled" id={`${id}-why`}>
          {disabledReason}
        </p>
      ) : null}
      <p className="chat-composer__hint" id={`${id}-hint`}>
        {t("chat.composer.hint")}
      </p>
      <div className="chat-composer__foot">
        <span
          className={`chat-composer__count${over > 0 ? " chat-composer__count--over" : ""}`}
          id={`${id}-count`}
        >
          <span aria-hidden="true">
            {length}/{CHAT_MESSAGE_MAX_LENGTH}
          </span>
          <span className="visually-hidden">
            {t("chat.composer.counter", { length, max: CHAT_MESSAGE_MAX_LENGTH })}
          </span>
        </span>
        <button
          type="submit"
          className="button button--primary button--sm"
          disabled={disabled || pending || length === 0 || over > 0}
          aria-busy={pending || undefined}
        >
          {pending ? <span className="spinner" aria-hidden="true" /> : null}
          {pending ? t("chat.composer.sending") : t("chat.composer.send")}
        </button>
      </div>
      <p className="field__error chat-composer__error" id={`${id}-error`} role="alert">
        {problem}
      </p>
    </form>
  );
}
