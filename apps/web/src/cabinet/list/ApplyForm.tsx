import { createExhibitorInput } from "@pavilion/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { FormAlert, SubmitButton } from "../../components/forms.tsx";
import { useOverview } from "../../exhibition/useOverview.ts";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { validate } from "../../lib/validate.ts";
import { useTRPC } from "../../trpc.ts";
import { type Bilingual, BilingualField } from "../forms/BilingualField.tsx";
import { SelectField } from "../forms/fields.tsx";
import { useCabinetForm } from "../forms/useCabinetForm.ts";
import "./list.css";

const fields = ["name.ru", "name.en", "floorSlug"] as const;

/** "Apply to exhibit": a company in draft with the person as its owner, then its cabinet. */
export function ApplyForm() {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: overview } = useOverview();
  const [name, setName] = useState<Bilingual>({ ru: "", en: "" });
  const [floorSlug, setFloorSlug] = useState("");
  const form = useCabinetForm(fields);
  const create = useMutation(
    trpc.cabinet.createExhibitor.mutationOptions({
      onSuccess: async ({ exhibitorId }) => {
        // The new membership changes the session (the header's links) and the list.
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.cabinet.mine.queryKey() }),
        ]);
        void navigate(`/cabinet/${exhibitorId}/profile`);
      },
      onError: form.fail,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = { name, floorSlug };
    const problem = validate(createExhibitorInput, values);
    if (problem) {
      // The schema's "one of the two" rule has no words of its own: it means the name is missing.
      if (name.ru.trim() === "" && name.en.trim() === "" && problem.fields) {
        problem.fields["name.ru"] = { code: "required" };
      }
      return form.report(problem);
    }
    form.clear();
    create.mutate(values);
  }

  const floors = (overview?.floors ?? []).map((floor) => ({
    value: floor.slug,
    label: pickText(floor.name, locale),
  }));

  return (
    <form className="form apply-form" noValidate onSubmit={submit} ref={form.formRef}>
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      <BilingualField
        name="name"
        legend={t("apply.nameLegend")}
        hint={t("apply.nameHint")}
        value={name}
        onChange={(value) => {
          setName(value);
          form.clearField("name.ru");
          form.clearField("name.en");
        }}
        errors={form.messages.fields}
        maxLength={200}
      />
      <SelectField
        name="floorSlug"
        label={t("apply.floor")}
        hint={t("apply.floorHint")}
        placeholder={t("apply.floorPlaceholder")}
        value={floorSlug}
        onChange={(value) => {
          setFloorSlug(value);
          form.clearField("floorSlug");
        }}
        options={floors}
        error={form.messages.fields.floorSlug}
        className="apply-form__floor"
      />
      <div className="apply-form__submit">
        <SubmitButton pending={create.isPending || create.isSuccess} busyLabel={t("apply.busy")}>
          {t("apply.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
