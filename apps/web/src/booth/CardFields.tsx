/** The business card form's fields: text, e-mail, phone, a longer message, and the consent box. */
import { useId } from "react";
import { FieldError, FieldShell, type TextFieldProps } from "../components/forms.tsx";

type CardFieldProps = Pick<
  TextFieldProps,
  "name" | "label" | "value" | "onChange" | "autoComplete" | "hint" | "error"
> & {
  type?: "text" | "email" | "tel";
  /** Shown after the label of a field that may stay empty ("optional"). */
  optional?: string;
  multiline?: boolean;
};

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
  const labelWithNote = (
    <>
      {label}
      {optional ? <span className="booth-form__optional"> ({optional})</span> : null}
    </>
  );
  return (
    <FieldShell label={labelWithNote} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => {
        const common = {
          id,
          name,
          value,
          autoComplete,
          required: !optional,
          "aria-invalid": invalid,
          "aria-describedby": describedBy,
        };
        return multiline ? (
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
        );
      }}
    </FieldShell>
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
