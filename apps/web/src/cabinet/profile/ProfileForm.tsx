import { profileInputSchema } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "../../components/forms.tsx";
import { validate } from "../../lib/validate.ts";
import { useTRPC } from "../../trpc.ts";
import { BilingualField } from "../forms/BilingualField.tsx";
import { InputField } from "../forms/fields.tsx";
import { useCabinetForm } from "../forms/useCabinetForm.ts";
import { useApplyDraft, useCabinet } from "../useCabinet.ts";
import { BoothSizeField, ColorField } from "./BoothFields.tsx";
import { isChanged, type ProfileValues, profileFields, profileValues } from "./profileValues.ts";
import { useLeaveGuard } from "./useLeaveGuard.ts";

/** The company's texts, contacts and booth look; saving keeps a draft for review. */
export function ProfileForm() {
  const { t } = useTranslation("cabinet");
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const { exhibitorId } = overview;
  const applyDraft = useApplyDraft(exhibitorId);
  const [saved, setSaved] = useState(() => profileValues(overview.draft.profile));
  const [values, setValues] = useState(saved);
  const form = useCabinetForm(profileFields, { inputPrefix: "profile" });
  const save = useMutation(
    trpc.cabinet.saveProfile.mutationOptions({
      onSuccess: (draft) => {
        const next = profileValues(draft.profile);
        setSaved(next);
        setValues(next);
        applyDraft(draft);
      },
      onError: form.fail,
    }),
  );
  const changed = isChanged(values, saved);
  useLeaveGuard(changed && !save.isPending, t("profile.leaveConfirm"));

  function set<K extends keyof ProfileValues>(key: K, value: ProfileValues[K], fieldNames: string[] = [key]) {
    setValues((current) => ({ ...current, [key]: value }));
    for (const name of fieldNames) form.clearField(name);
    save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validate(profileInputSchema, values);
    if (problem) return form.report(problem);
    form.clear();
    save.mutate({ exhibitorId, profile: values });
  }

  const errors = form.messages.fields;
  const bilingual = (key: "name" | "description" | "products") => [`${key}.ru`, `${key}.en`];

  return (
    <form className="form profile-form" noValidate onSubmit={submit} ref={form.formRef}>
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      <BilingualField
        name="name"
        legend={t("profile.name")}
        value={values.name}
        onChange={(value) => set("name", value, bilingual("name"))}
        errors={errors}
        maxLength={200}
      />
      <BilingualField
        name="description"
        legend={t("profile.description")}
        hint={t("profile.descriptionHint")}
        value={values.description}
        onChange={(value) => set("description", value, bilingual("description"))}
        errors={errors}
        multiline
        maxLength={5000}
      />
      <BilingualField
        name="products"
        legend={t("profile.products")}
        hint={t("profile.productsHint")}
        value={values.products}
        onChange={(value) => set("products", value, bilingual("products"))}
        errors={errors}
        multiline
        maxLength={5000}
      />

      <fieldset className="form-group">
        <legend className="form-group__title">{t("profile.contactsTitle")}</legend>
        <InputField
          name="tags"
          label={t("profile.tags")}
          hint={t("profile.tagsHint")}
          value={values.tags}
          onChange={(value) => set("tags", value)}
          error={errors.tags}
          maxLength={500}
          className="form-group__wide"
        />
        <InputField
          name="website"
          type="url"
          label={t("profile.website")}
          placeholder="https://"
          value={values.website}
          onChange={(value) => set("website", value)}
          error={errors.website}
          maxLength={500}
        />
        <InputField
          name="contactEmail"
          type="email"
          label={t("profile.contactEmail")}
          value={values.contactEmail}
          onChange={(value) => set("contactEmail", value)}
          error={errors.contactEmail}
          maxLength={254}
        />
        <InputField
          name="contactPhone"
          type="tel"
          label={t("profile.contactPhone")}
          placeholder="+7 495 123-45-67"
          value={values.contactPhone}
          onChange={(value) => set("contactPhone", value)}
          error={errors.contactPhone}
          maxLength={40}
        />
        <InputField
          name="videoUrl"
          type="url"
          label={t("profile.videoUrl")}
          hint={t("profile.videoUrlHint")}
          placeholder="https://"
          value={values.videoUrl}
          onChange={(value) => set("videoUrl", value)}
          error={errors.videoUrl}
          maxLength={500}
        />
      </fieldset>

      <fieldset className="form-group">
        <legend className="form-group__title">{t("profile.boothTitle")}</legend>
        <ColorField value={values.color} onChange={(value) => set("color", value)} error={errors.color} />
        <BoothSizeField
          value={values.boothSize}
          onChange={(value) => set("boothSize", value)}
          error={errors.boothSize}
        />
      </fieldset>

      <div className="save-bar">
        <p className="save-bar__state" role="status">
          {save.isSuccess && !changed ? t("profile.saved") : changed ? t("profile.unsaved") : ""}
        </p>
        <div className="save-bar__button">
          <SubmitButton pending={save.isPending} busyLabel={t("profile.busy")}>
            {t("profile.save")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
