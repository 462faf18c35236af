/** Form pieces: a labelled field with its hint and error, the form-level alert, a submit button. */
import { type ComponentProps, type ReactNode, type Ref, useId } from "react";
import { Icon } from "./Icon.tsx";

/** The ids a field's control must carry so its label, hint and error are tied to it. */
export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

interface FieldShellProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (ids: FieldIds) => ReactNode;
}

/** Label, control, hint and error; the control gets the ids it must carry. */
export function FieldShell({ label, hint, error, className, children }: FieldShellProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const classes = ["field", error ? "field--invalid" : null, className].filter(Boolean).join(" ");
  return (
    <div className={classes}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, describedBy, invalid: error ? true : undefined })}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** A field's error under it, with the id its control points at; nothing when there is none. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <Icon name="alert" size={16} />
      <span>{error}</span>
    </p>
  );
}

/** What a TextField takes. */
export interface TextFieldProps {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "password" | "search" | "url" | "tel";
  autoComplete?: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  autoFocus?: boolean;
  maxLength?: number;
  placeholder?: string;
  lang?: string;
  className?: string;
}

/** A labelled one-line input with its hint and error; required unless told otherwise. */
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
  maxLength,
  placeholder,
  lang,
  className,
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          className="field__input"
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          required={required}
          maxLength={maxLength}
          placeholder={placeholder}
          lang={lang}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          // biome-ignore lint/a11y/noAutofocus: the single form of a page, reached by choosing it
          autoFocus={autoFocus}
          spellCheck={type === "text" ? undefined : false}
        />
      )}
    </FieldShell>
  );
}

/** A search input with the magnifier in front of it; browser autofill is off unless asked for. */
export function SearchInput(props: Omit<ComponentProps<"input">, "type" | "className">) {
  return (
    <div className="input-with-icon">
      <Icon name="search" size={18} />
      <input autoComplete="off" {...props} className="field__input" type="search" />
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
