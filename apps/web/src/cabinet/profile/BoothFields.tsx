/** The booth's look on the floor: its colour (picker and hex code) and the size asked for. */
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError, FieldShell } from "../../components/forms.tsx";
import { type BoothSize, boothSizes } from "./profileValues.ts";

const hexPattern = /^#[0-9a-fA-F]{6}$/;
const withHash = (text: string) => (text.startsWith("#") ? text : `#${text}`);

/** A colour input and its hex code, kept in step; the code may be typed half-way. */
export function ColorField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation("cabinet");
  const pickerId = useId();
  const [text, setText] = useState(value);
  // Follow the picker, but leave what is being typed alone.
  useEffect(() => setText((current) => (withHash(current) === value ? current : value)), [value]);
  const valid = hexPattern.test(value);

  return (
    <div className="color-field">
      <div className="color-field__picker">
        <label className="field__label" htmlFor={pickerId}>
          {t("profile.color")}
        </label>
        <input
          id={pickerId}
          className="color-field__swatch"
          type="color"
          value={valid ? value.toLowerCase() : "#5b6b8c"}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <FieldShell label={t("profile.colorHex")} hint={t("profile.colorHint")} error={error}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="color"
            className="field__input color-field__hex"
            value={text}
            maxLength={7}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => {
              const next = event.target.value.trim();
              setText(next);
              onChange(withHash(next));
            }}
          />
        )}
      </FieldShell>
    </div>
  );
}

/** Radio cards for the booth size, each with its footprint drawn to scale. */
export function BoothSizeField({
  value,
  onChange,
  error,
}: {
  value: BoothSize;
  onChange: (value: BoothSize) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation("cabinet");
  const hintId = useId();
  const errorId = useId();
  return (
    <fieldset
      className={error ? "size-field field--invalid" : "size-field"}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend className="field__label size-field__legend">{t("profile.boothSize")}</legend>
      <p className="field__hint" id={hintId}>
        {t("profile.boothSizeHint")}
      </p>
      <div className="size-field__options">
        {boothSizes.map(({ size, width, depth }) => (
          <label key={size} className="size-option">
            <input
              type="radio"
              name="boothSize"
              value={size}
              checked={value === size}
              onChange={() => onChange(size)}
              className="size-option__input"
            />
            <span className="size-option__art" aria-hidden="true">
              <span className="size-option__footprint" style={{ width: width * 8, height: depth * 8 }} />
            </span>
            <span className="size-option__name">{t(`profile.sizes.${size}`)}</span>
            <span className="size-option__metres">{t("profile.sizeMetres", { width, depth })}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
