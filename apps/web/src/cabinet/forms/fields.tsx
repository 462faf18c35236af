/**
 * The cabinet's form fields: components/forms.tsx `FieldShell` around an input,
 * a textarea or a select.
 */
import type { ReactNode } from "react";
import { FieldShell, TextField, type TextFieldProps } from "../../components/forms.tsx";
import "./forms.css";

type InputFieldProps = Omit<TextFieldProps, "type" | "autoFocus"> & {
  type?: "text" | "url" | "email" | "tel";
};

/** components/forms.tsx `TextField` as the cabinet uses it: optional, and no browser autofill unless asked. */
export function InputField({ required = false, autoComplete = "off", ...props }: InputFieldProps) {
  return <TextField {...props} required={required} autoComplete={autoComplete} />;
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
