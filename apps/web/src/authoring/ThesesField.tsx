/** A talk's 2–3 theses in one language: one input per thesis, with add and remove. */
import { TALK_MAX_THESES, THESIS_MAX_LENGTH } from "@pavilion/schema";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../components/forms.tsx";
import { useKeepFocus } from "./useKeepFocus.ts";

interface Props {
  /** The API's path of the list, "event.agenda.0.theses.ru"; inputs add ".<n>". */
  name: string;
  language: "ru" | "en";
  itemName: string;
  value: string[];
  onChange: (theses: string[]) => void;
  errors: Record<string, string>;
}

export function ThesesField({ name, language, itemName, value, onChange, errors }: Props) {
  const { t } = useTranslation("authoring");
  const ref = useRef<HTMLFieldSetElement>(null);
  const keepFocus = useKeepFocus(ref);
  const languageName = t(`languages.${language}`);
  return (
    <fieldset className="authoring-theses" ref={ref}>
      <legend className="authoring-theses__legend">
        <span className="bilingual__code" aria-hidden="true">
          {language.toUpperCase()}
        </span>{" "}
        {t("editor.agenda.theses", { language: languageName })}
      </legend>
      <FieldError id={`${name}-error`} error={errors[name]} />
      <ol className="authoring-theses__list">
        {value.map((thesis, index) => {
          const inputName = `${name}.${index}`;
          const label = t("editor.agenda.thesis", { n: index + 1, language: languageName, item: itemName });
          return (
            <li key={index} className="authoring-theses__row">
              <input
                className="field__input"
                name={inputName}
                lang={language}
                value={thesis}
                maxLength={THESIS_MAX_LENGTH}
                aria-label={label}
                aria-invalid={errors[inputName] ? true : undefined}
                onChange={(event) =>
                  onChange(value.map((text, i) => (i === index ? event.target.value : text)))
                }
              />
              <button
                type="button"
                className="button button--ghost button--sm"
                data-action={`remove-${index}`}
                aria-label={t("list.remove", { name: label })}
                onClick={() => {
                  onChange(value.filter((_, i) => i !== index));
                  keepFocus(`[name="${name}.${Math.max(0, index - 1)}"]`, "[data-action='add']");
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
              {errors[inputName] ? <FieldError id={`${inputName}-error`} error={errors[inputName]} /> : null}
            </li>
          );
        })}
      </ol>
      {value.length < TALK_MAX_THESES ? (
        <button
          type="button"
          className="button button--ghost button--sm"
          data-action="add"
          onClick={() => {
            onChange([...value, ""]);
            keepFocus(`[name="${name}.${value.length}"]`);
          }}
        >
          {t("editor.agenda.addThesis", { language: languageName })}
        </button>
      ) : null}
    </fieldset>
  );
}
