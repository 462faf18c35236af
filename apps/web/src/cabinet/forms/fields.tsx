/**
 * The cabinet's form fields: a label, the control, a hint and an error tied to it
 * with aria-describedby, in the look of components/forms.tsx.
 */
import { type ReactNode, useId } from "react";
import { Icon } from "../../components/Icon.tsx";
import "./forms.css";

interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

interface ShellProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (ids: FieldIds) => ReactNode;
}

/** Label, control, hint and error; the control gets the ids it must carry. */
export function FieldShell({ label, hint, error, className, children }: ShellProps) {
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
      {error ? (
        <p className="field__error" id={errorId}>
          <Icon name="alert" size={16} />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}

interface InputFieldProps {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "url" | "email" | "tel";
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  autoComplete?: string;
  lang?: string;
  className?: string;
}

export function InputField({
  name,
  label,
  value,
  onChange,
  type = "text",
  hint,
  error,
  required = false,
  maxLength,
  placeholder,
  autoComplete = "off",
  lang,
  className,
}: InputFieldProps) {
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
          required={required}
          maxLength={maxLength}
          placeholder={placeholder}
          autoComplete={autoComplete}
          lang={lang}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          spellCheck={type === "text" ? undefined : false}
        />
      )}
    </FieldShell>
  );
}

interface TextAreaFieldProps {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  maxLength?: number;
  rows?: number;
  lang?: string;
  required?: boolean;
}

export function TextAreaField({
  name,
  label,
  value,
  onChange,
  hint,
  error,
  maxLength,
  rows = 5,
  lang,
  required = false,
}: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          className="field__input field__textarea"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          maxLength={maxLength}
          rows={rows}
          lang={lang}
          required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown first with an empty value, when nothing is chosen yet. */
  placeholder?: string;
  className?: string;
}

export function SelectField({
  name,
  label,
  value,
  onChange,
  options,
  hint,
  error,
  placeholder,
  className,
}: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          className="field__input field__select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        >
          {placeholder !== undefined ? (
            <option value="" disabled>
              {placeholder}
            </option>
          ) : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
