import { FieldShell } from "../../components/forms.tsx";

/** An angle in degrees typed as a number (arrow keys step it by one), within ±limit. */
export function DegreesField({
  name,
  label,
  hint,
  value,
  onChange,
  error,
  limit,
}: {
  name: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  limit: number;
}) {
  return (
    <FieldShell label={label} hint={hint} error={error} className="degrees-field">
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          className="field__input"
          type="number"
          inputMode="decimal"
          min={-limit}
          max={limit}
          step="any"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}
