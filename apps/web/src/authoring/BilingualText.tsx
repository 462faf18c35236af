/**
 * One text in Russian and English side by side (stacked on narrow screens) in a fieldset with a
 * legend; with `limit`, a live "N / 1000" under each that turns red past the limit before sending.
 */
import { useTranslation } from "react-i18next";
import { LanguageLabel } from "../cabinet/forms/BilingualField.tsx";
import { InputField, TextAreaField } from "../cabinet/forms/fields.tsx";
import { FieldError } from "../components/forms.tsx";
import type { Bilingual } from "./draftValues.ts";
import "../cabinet/forms/forms.css";

interface BilingualTextProps {
  /** The API's path: the controls are `<name>.ru` and `<name>.en`. */
  name: string;
  legend: string;
  hint?: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  errors: Record<string, string>;
  multiline?: boolean;
  rows?: number;
  /** Counted and shown, not enforced by the input, so an over-long text can be cut down. */
  limit?: number;
  /** A hard cap for short texts. */
  maxLength?: number;
}

export function BilingualText({
  name,
  legend,
  hint,
  value,
  onChange,
  errors,
  multiline = false,
  rows,
  limit,
  maxLength,
}: BilingualTextProps) {
  const { t } = useTranslation("authoring");
  const Control = multiline ? TextAreaField : InputField;
  const pairError = errors[name];
  return (
    <fieldset className="bilingual">
      <legend className="bilingual__legend">{legend}</legend>
      {hint ? <p className="field__hint bilingual__hint">{hint}</p> : null}
      {pairError ? <FieldError id={`${name}-error`} error={pairError} /> : null}
      <div className="bilingual__pair">
        {(["ru", "en"] as const).map((language) => {
          const length = value[language].length;
          const over = limit !== undefined && length > limit;
          return (
            <Control
              key={language}
              name={`${name}.${language}`}
              label={<LanguageLabel language={language} name={t(`languages.${language}`)} />}
              lang={language}
              value={value[language]}
              onChange={(text) => onChange({ ...value, [language]: text })}
              error={errors[`${name}.${language}`]}
              {...(maxLength !== undefined ? { maxLength } : {})}
              {...(rows !== undefined ? { rows } : {})}
              {...(limit !== undefined
                ? {
                    hint: (
                      <span
                        className={over ? "authoring-counter authoring-counter--over" : "authoring-counter"}
                      >
                        {t("editor.counter", { length, limit })}
                        {over ? ` — ${t("editor.overLimit", { over: length - limit })}` : ""}
                      </span>
                    ),
                  }
                : {})}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
