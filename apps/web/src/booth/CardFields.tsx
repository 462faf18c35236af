/** The business card form's fields: text, e-mail, phone, a longer message, and the consent box. */
import { useId } from "react";
import { Icon } from "../components/Icon.tsx";

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <Icon name="alert" size={16} />
      <span>{error}</span>
    </p>
  );
}

interface CardFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  /** Shown after the label of a field that may stay empty ("optional"). */
  optional?: string;
  multiline?: boolean;
  hint?: string;
  error?: string | undefined;
}

/** A labelled input (or textarea) with its hint and error, as the site's other forms draw them. */
export function CardField({
  name,
  label,
  value,
  onChange,
  type = "text",
  autoComplete,
  optional,
  multiline = false,
  hint,
  error,
}: CardFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    value,
    autoComplete,
    required: !optional,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  };
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="booth-form__optional"> ({optional})</span> : null}
      </label>
      {multiline ? (
        <textarea
          {...common}
          className="field__input booth-form__textarea"
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          className="field__input"
          type={type}
          inputMode={type === "tel" ? "tel" : undefined}
          spellCheck={type === "text" ? undefined : false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

interface ConsentFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}

/** The required consent to share personal data, a real checkbox with its label. */
export function ConsentField({ label, checked, onChange, error }: ConsentFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={error ? "booth-consent booth-consent--invalid" : "booth-consent"}>
      <div className="booth-consent__row">
        <input
          id={id}
          name="consent"
          type="checkbox"
          className="booth-consent__box"
          checked={checked}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
