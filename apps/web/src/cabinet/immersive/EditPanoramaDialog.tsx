import { type Panorama, type Tour, updatePanoramaInput } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "../../components/forms.tsx";
import { validate } from "../../lib/validate.ts";
import { useTRPC } from "../../trpc.ts";
import { Dialog } from "../Dialog.tsx";
import { DegreesField } from "./DegreesField.tsx";
import { parseDegrees } from "./hotspotDraft.ts";
import { PanoramaPicture } from "./PanoramaPicture.tsx";
import { levelFor } from "./place.ts";
import { TextFields } from "./TextFields.tsx";
import { missingTitle } from "./texts.ts";
import { useImmersiveForm } from "./useImmersiveForm.ts";

const fields = ["title.ru", "title.en", "initialYaw"];

/** Editing a panorama's title and the direction visitors look in when they arrive. */
export function EditPanoramaDialog({
  exhibitorId,
  panorama,
  title,
  onClose,
  onSaved,
}: {
  exhibitorId: string;
  /** The panorama being edited; null when the dialog is closed. */
  panorama: Panorama | null;
  title: string;
  onClose: () => void;
  onSaved: (tour: Tour) => void;
}) {
  const { t } = useTranslation("immersive");
  return (
    <Dialog open={panorama !== null} title={t("tour.editTitle", { title })} onClose={onClose} size="large">
      {panorama ? (
        <EditForm
          key={panorama.id}
          exhibitorId={exhibitorId}
          panorama={panorama}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Dialog>
  );
}

function EditForm({
  exhibitorId,
  panorama,
  onClose,
  onSaved,
}: {
  exhibitorId: string;
  panorama: Panorama;
  onClose: () => void;
  onSaved: (tour: Tour) => void;
}) {
  const { t } = useTranslation("immersive");
  const trpc = useTRPC();
  const [texts, setTexts] = useState({ title: { ...panorama.title } });
  const [yaw, setYaw] = useState(String(panorama.initialYaw));
  const form = useImmersiveForm(fields);
  const update = useMutation(
    trpc.immersive.updatePanorama.mutationOptions({
      onSuccess: (tour) => {
        onSaved(tour);
        onClose();
      },
      onError: form.fail,
    }),
  );
  const level = levelFor(panorama.levels);
  const shownYaw = parseDegrees(yaw);

  function submit(event: FormEvent) {
    event.preventDefault();
    const initialYaw = parseDegrees(yaw);
    if (initialYaw === null) {
      return form.report({ code: "validation.invalid", fields: { initialYaw: { code: "required" } } });
    }
    const input = { exhibitorId, panoramaId: panorama.id, title: texts.title, initialYaw };
    const problem = validate(updatePanoramaInput, input) ?? missingTitle(texts.title);
    if (problem) return form.report(problem);
    form.clear();
    update.mutate(input);
  }

  return (
    <form className="form" noValidate onSubmit={submit} ref={form.formRef}>
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      <TextFields section="tour" values={texts} onChange={setTexts} form={form} titleHint={false} />
      <DegreesField
        name="initialYaw"
        label={t("tour.initialYaw")}
        hint={t("tour.initialYawHint")}
        value={yaw}
        onChange={(value) => {
          setYaw(value);
          form.clearField("initialYaw");
        }}
        error={form.messages.fields.initialYaw}
        limit={180}
      />
      {level ? (
        <PanoramaPicture
          url={level.url}
          lineAtYaw={shownYaw !== null && Math.abs(shownYaw) <= 180 ? shownYaw : undefined}
          hint={t("tour.initialYawPicture")}
          onPick={(direction) => {
            setYaw(String(direction.yaw));
            form.clearField("initialYaw");
          }}
        />
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("cabinet:dialog.cancel")}
        </button>
        <div>
          <SubmitButton pending={update.isPending} busyLabel={t("hotspots.saving")}>
            {t("tour.editSave")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
