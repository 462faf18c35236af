/** A title (and a model's description) in both languages, as one piece of several forms. */
import { useTranslation } from "react-i18next";
import { type Bilingual, BilingualField } from "../forms/BilingualField.tsx";

export interface ImmersiveTexts {
  title: Bilingual;
  /** Models only. */
  description?: Bilingual;
}

interface FormErrors {
  messages: { fields: Record<string, string> };
  clearField: (name: string) => void;
}

/** The title, and the description when `values` has one; editing clears those fields' errors. */
export function TextFields<T extends ImmersiveTexts>({
  values,
  onChange,
  form,
  section,
  titleHint = true,
}: {
  values: T;
  onChange: (values: T) => void;
  form: FormErrors;
  /** Whose words: "models" or "tour". */
  section: "models" | "tour";
  /** Says an empty title becomes the file's name (forms that upload). */
  titleHint?: boolean;
}) {
  const { t } = useTranslation("immersive");
  const errors = form.messages.fields;
  const change = (next: T, field: "title" | "description") => {
    onChange(next);
    form.clearField(`${field}.ru`);
    form.clearField(`${field}.en`);
  };
  return (
    <>
      <BilingualField
        name="title"
        legend={t(`${section}.titleLegend`)}
        hint={titleHint ? t(`${section}.titleHint`) : undefined}
        value={values.title}
        onChange={(title) => change({ ...values, title }, "title")}
        errors={errors}
        maxLength={200}
      />
      {values.description ? (
        <BilingualField
          name="description"
          legend={t("models.descriptionLegend")}
          hint={t("models.descriptionHint")}
          value={values.description}
          onChange={(description) => change({ ...values, description }, "description")}
          errors={errors}
          multiline
          maxLength={2000}
        />
      ) : null}
    </>
  );
}
