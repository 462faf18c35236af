/** Form pieces: a labelled field with its hint and error, the form-level alert, a submit button. */
import { type Ref, useId } from "react";
import { Icon } from "./Icon.tsx";

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "password" | "search";
  autoComplete?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  autoFocus?: boolean;
}

export function TextField({
  name,
  label,
  value,
  onChange,
  type = "text",
  autoComplete,
  hint,
  error,
  required = true,
  autoFocus,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        className="field__input"
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        // biome-ignore lint/a11y/noAutofocus: the single form of a page, reached by choosing it
        autoFocus={autoFocus}
        spellCheck={type === "text" ? undefined : false}
      />
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <Icon name="alert" size={16} />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message; focusable so a failed submit can move focus to it. */
export function FormAlert({ message, ref }: { message: string | null; ref?: Ref<HTMLDivElement> }) {
  if (!message) return null;
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <Icon name="alert" />
      <p>{message}</p>
    </div>
  );
}

/**
 * Keeps its label while busy (so it stays findable by name), shows a spinner,
 * is disabled, and announces `busyLabel` politely.
 */
export function SubmitButton({
  pending,
  busyLabel,
  children,
  ref,
}: {
  pending: boolean;
  busyLabel: string;
  children: string;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <>
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={pending}
        aria-busy={pending || undefined}
        ref={ref}
      >
        {pending ? <span className="spinner" aria-hidden="true" /> : null}
        {children}
      </button>
      <span className="visually-hidden" role="status">
        {pending ? busyLabel : ""}
      </span>
    </>
  );
}
