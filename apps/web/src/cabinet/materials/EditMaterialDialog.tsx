import { type CabinetMaterial, updateMaterialInput } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "../../components/forms.tsx";
import { validate } from "../../lib/validate.ts";
import { useTRPC } from "../../trpc.ts";
import { Dialog } from "../Dialog.tsx";
import { useCabinetForm } from "../forms/useCabinetForm.ts";
import {
  MaterialTexts,
  type MaterialTextValues,
  materialTextFields,
  missingTitle,
} from "./MaterialTexts.tsx";

/** Editing a material's title and description; the new texts wait for approval. */
export function EditMaterialDialog({
  exhibitorId,
  material,
  title,
  onClose,
  onSaved,
}: {
  exhibitorId: string;
  /** The material being edited; null when the dialog is closed. */
  material: CabinetMaterial | null;
  title: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation("cabinet");
  return (
    <Dialog
      open={material !== null}
      title={t("materials.editTitle", { title })}
      onClose={onClose}
      size="large"
    >
      {material ? (
        <EditForm
          key={material.id}
          exhibitorId={exhibitorId}
          material={material}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Dialog>
  );
}

function EditForm({
  exhibitorId,
  material,
  onClose,
  onSaved,
}: {
  exhibitorId: string;
  material: CabinetMaterial;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation("cabinet");
  const trpc = useTRPC();
  const [texts, setTexts] = useState<MaterialTextValues>({
    title: { ...material.title },
    description: { ...material.description },
  });
  const form = useCabinetForm(materialTextFields, { names: "cabinet:materialFieldNames" });
  const update = useMutation(
    trpc.cabinet.updateMaterial.mutationOptions({
      onSuccess: () => {
        onSaved();
        onClose();
      },
      onError: form.fail,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { exhibitorId, materialId: material.id, ...texts };
    const problem = validate(updateMaterialInput, input) ?? missingTitle(texts);
    if (problem) return form.report(problem);
    form.clear();
    update.mutate(input);
  }

  return (
    <form className="form" noValidate onSubmit={submit} ref={form.formRef}>
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      <MaterialTexts values={texts} onChange={setTexts} form={form} />
      <p className="field__hint">{t("materials.editHint")}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("dialog.cancel")}
        </button>
        <div>
          <SubmitButton pending={update.isPending} busyLabel={t("profile.busy")}>
            {t("materials.editSave")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
