import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon.tsx";
import { InputField, TextAreaField } from "./fields.tsx";
import "./forms.css";

export interface Bilingual {
  ru: string;
  en: string;
}

/** "RU Русский": the label of one language's control in a bilingual pair. */
export function LanguageLabel({ language, name }: { language: keyof Bilingual; name: string }) {
  return (
    <span className="bilingual__language">
      <span className="bilingual__code" aria-hidden="true">
        {language.toUpperCase()}
      </span>
      {name}
    </span>
  );
}

interface BilingualFieldProps {
  /** The form field's name; the two controls are `<name>.ru` and `<name>.en`. */
  name: string;
  legend: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  errors: Record<string, string>;
  multiline?: boolean;
  maxLength: number;
  hint?: string;
}

/**
 * One text in both languages, side by side (stacked on narrow screens), with a note
 * when only one is filled: visitors reading the other language see that one instead.
 */
export function BilingualField({
  name,
  legend,
  value,
  onChange,
  errors,
  multiline = false,
  maxLength,
  hint,
}: BilingualFieldProps) {
  const { t } = useTranslation("cabinet");
  const missing = value.ru.trim() === "" ? "ru" : value.en.trim() === "" ? "en" : null;
  const other = value.ru.trim() === "" ? value.en.trim() : value.ru.trim();
  const Control = multiline ? TextAreaField : InputField;

  return (
    <fieldset className="bilingual">
      <legend className="bilingual__legend">{legend}</legend>
      {hint ? <p className="field__hint bilingual__hint">{hint}</p> : null}
      <div className="bilingual__pair">
        {(["ru", "en"] as const).map((language) => (
          <Control
            key={language}
            name={`${name}.${language}`}
            label={<LanguageLabel language={language} name={t(`languages.${language}`)} />}
            lang={language}
            value={value[language]}
            onChange={(text) => onChange({ ...value, [language]: text })}
            error={errors[`${name}.${language}`]}
            maxLength={maxLength}
          />
        ))}
      </div>
      {missing && other ? (
        <p className="bilingual__missing">
          <Icon name="globe" size={16} />
          <span>{t(`profile.missingLanguage.${missing}`)}</span>
        </p>
      ) : null}
    </fieldset>
  );
}
