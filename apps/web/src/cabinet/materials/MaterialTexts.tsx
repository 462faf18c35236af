/** A material's title and description in both languages, as one piece of several forms. */

import { useTranslation } from "react-i18next";
import type { AppErrorInfo } from "../../lib/errors.ts";
import { type Bilingual, BilingualField } from "../forms/BilingualField.tsx";

export interface MaterialTextValues {
  title: Bilingual;
  description: Bilingual;
}

export const materialTextFields = ["title.ru", "title.en", "description.ru", "description.en"] as const;

export function emptyTexts(): MaterialTextValues {
  return { title: { ru: "", en: "" }, description: { ru: "", en: "" } };
}

/** A material needs a title in at least one language; the schema alone lets both be empty. */
export function missingTitle(values: MaterialTextValues): AppErrorInfo | null {
  if (values.title.ru.trim() !== "" || values.title.en.trim() !== "") return null;
  return { code: "validation.invalid", fields: { "title.ru": { code: "required" } } };
}

/** The two bilingual fields; editing one clears its errors in the form (useCabinetForm). */
export function MaterialTexts({
  values,
  onChange,
  form,
}: {
  values: MaterialTextValues;
  onChange: (values: MaterialTextValues) => void;
  form: { messages: { fields: Record<string, string> }; clearField: (name: string) => void };
}) {
  const { t } = useTranslation("cabinet");
  const errors = form.messages.fields;
  const change = (next: MaterialTextValues, changedFields: string[]) => {
    onChange(next);
    for (const name of changedFields) form.clearField(name);
  };
  return (
    <>
      <BilingualField
        name="title"
        legend={t("materials.titleLegend")}
        value={values.title}
        onChange={(title) => change({ ...values, title }, ["title.ru", "title.en"])}
        errors={errors}
        maxLength={200}
      />
      <BilingualField
        name="description"
        legend={t("materials.descriptionLegend")}
        value={values.description}
        onChange={(description) => change({ ...values, description }, ["description.ru", "description.en"])}
        errors={errors}
        multiline
        maxLength={2000}
      />
    </>
  );
}
