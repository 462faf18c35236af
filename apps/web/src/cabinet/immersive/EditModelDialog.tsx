import { type ProductModel, updateModelInput } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "../../components/forms.tsx";
import { validate } from "../../lib/validate.ts";
import { useTRPC } from "../../trpc.ts";
import { Dialog } from "../Dialog.tsx";
import { TextFields } from "./TextFields.tsx";
import { missingTitle } from "./texts.ts";
import { useImmersiveForm } from "./useImmersiveForm.ts";

const fields = ["title.ru", "title.en", "description.ru", "description.en"];

/** Editing a model's title and its description for screen readers. */
export function EditModelDialog({
  exhibitorId,
  model,
  title,
  onClose,
  onSaved,
}: {
  exhibitorId: string;
  /** The model being edited; null when the dialog is closed. */
  model: ProductModel | null;
  title: string;
  onClose: () => void;
  onSaved: (models: ProductModel[]) => void;
}) {
  const { t } = useTranslation("immersive");
  return (
    <Dialog open={model !== null} title={t("models.editTitle", { title })} onClose={onClose} size="large">
      {model ? (
        <EditForm
          key={model.id}
          exhibitorId={exhibitorId}
          model={model}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Dialog>
  );
}

function EditForm({
  exhibitorId,
  model,
  onClose,
  onSaved,
}: {
  exhibitorId: string;
  model: ProductModel;
  onClose: () => void;
  onSaved: (models: ProductModel[]) => void;
}) {
  const { t } = useTranslation("immersive");
  const trpc = useTRPC();
  const [texts, setTexts] = useState({ title: { ...model.title }, description: { ...model.description } });
  const form = useImmersiveForm(fields);
  const update = useMutation(
    trpc.immersive.updateModel.mutationOptions({
      onSuccess: (models) => {
        onSaved(models);
        onClose();
      },
      onError: form.fail,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { exhibitorId, modelId: model.id, ...texts };
    const problem = validate(updateModelInput, input) ?? missingTitle(texts.title);
    if (problem) return form.report(problem);
    form.clear();
    update.mutate(input);
  }

  return (
    <form className="form" noValidate onSubmit={submit} ref={form.formRef}>
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      <TextFields section="models" values={texts} onChange={setTexts} form={form} titleHint={false} />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("cabinet:dialog.cancel")}
        </button>
        <div>
          <SubmitButton pending={update.isPending} busyLabel={t("hotspots.saving")}>
            {t("models.editSave")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
