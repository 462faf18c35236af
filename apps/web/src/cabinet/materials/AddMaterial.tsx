/** Adding a material: upload a file then name it, or give a link and name it. */
import { addLinkInput, addMaterialInput } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "../../components/forms.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import { validate } from "../../lib/validate.ts";
import { useTRPC } from "../../trpc.ts";
import { InputField } from "../forms/fields.tsx";
import { useCabinetForm } from "../forms/useCabinetForm.ts";
import { titleFromFileName } from "../upload/files.ts";
import { UploadBox } from "../upload/UploadBox.tsx";
import { useCabinet } from "../useCabinet.ts";
import {
  emptyTexts,
  MaterialTexts,
  type MaterialTextValues,
  materialTextFields,
  missingTitle,
} from "./MaterialTexts.tsx";

type Mode = "file" | "link";
interface Uploaded {
  uploadId: string;
  fileName: string;
}

export function AddMaterial({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation("cabinet");
  const [mode, setMode] = useState<Mode>("file");
  const [uploaded, setUploaded] = useState<Uploaded | null>(null);
  const [added, setAdded] = useState(false);

  function finish() {
    setUploaded(null);
    setAdded(true);
    onAdded();
  }

  return (
    <section className="panel add-material" aria-labelledby="add-material-title">
      <h2 className="panel__title" id="add-material-title">
        {t("materials.addTitle")}
      </h2>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t("materials.addTitle")}</legend>
        {(["file", "link"] as const).map((each) => (
          <button
            key={each}
            type="button"
            className="segmented__option"
            aria-pressed={mode === each}
            onClick={() => {
              setMode(each);
              setAdded(false);
            }}
          >
            {t(each === "file" ? "materials.addFile" : "materials.addLink")}
          </button>
        ))}
      </fieldset>
      {mode === "file" && !uploaded ? (
        <>
          <p className="panel__lead">{t("materials.fileHint")}</p>
          <UploadBox
            purpose="material"
            label={t("materials.chooseFile")}
            processingLabel={t("materials.saving")}
            onUploaded={(uploadId, file) => {
              setAdded(false);
              setUploaded({ uploadId, fileName: file.name });
              return undefined;
            }}
          />
        </>
      ) : (
        <DetailsForm
          key={mode === "file" ? uploaded?.uploadId : "link"}
          uploaded={mode === "file" ? uploaded : null}
          onDone={finish}
          onCancel={() => setUploaded(null)}
        />
      )}
      <p className="add-material__done" role="status">
        {added ? t("materials.added") : ""}
      </p>
    </section>
  );
}

/** The texts of a new material, and the address when it is a link. */
function DetailsForm({
  uploaded,
  onDone,
  onCancel,
}: {
  uploaded: Uploaded | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const { exhibitorId } = overview;
  const [url, setUrl] = useState("");
  const [texts, setTexts] = useState<MaterialTextValues>(() => {
    const start = emptyTexts();
    if (uploaded) start.title[locale] = titleFromFileName(uploaded.fileName);
    return start;
  });
  const fields = uploaded ? materialTextFields : (["url", ...materialTextFields] as const);
  const form = useCabinetForm(fields, { names: "cabinet:materialFieldNames" });
  const options = { onSuccess: onDone, onError: form.fail };
  const addFile = useMutation(trpc.cabinet.addMaterial.mutationOptions(options));
  const addLink = useMutation(trpc.cabinet.addLink.mutationOptions(options));
  const pending = addFile.isPending || addLink.isPending;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The upload box that had focus is gone: start the keyboard at what comes next.
  useEffect(() => headingRef.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = uploaded
      ? { exhibitorId, uploadId: uploaded.uploadId, ...texts }
      : { exhibitorId, url, ...texts };
    const problem = validate(uploaded ? addMaterialInput : addLinkInput, input) ?? missingTitle(texts);
    if (problem) return form.report(problem);
    form.clear();
    if (uploaded) addFile.mutate({ exhibitorId, uploadId: uploaded.uploadId, ...texts });
    else addLink.mutate({ exhibitorId, url, ...texts });
  }

  return (
    <form className="form material-form" noValidate onSubmit={submit} ref={form.formRef}>
      {uploaded ? (
        <div className="material-form__uploaded">
          <h3 className="material-form__title" ref={headingRef} tabIndex={-1}>
            {t("materials.detailsTitle")}
          </h3>
          <p>{t("materials.detailsLead", { name: uploaded.fileName })}</p>
        </div>
      ) : null}
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      {uploaded ? null : (
        <InputField
          name="url"
          type="url"
          label={t("materials.url")}
          hint={t("materials.urlHint")}
          placeholder="https://"
          value={url}
          onChange={(value) => {
            setUrl(value);
            form.clearField("url");
          }}
          error={form.messages.fields.url}
          maxLength={500}
          required
        />
      )}
      <MaterialTexts values={texts} onChange={setTexts} form={form} />
      <div className="form-actions">
        {uploaded ? (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t("materials.cancel")}
          </button>
        ) : null}
        <div className="form-actions__submit">
          <SubmitButton pending={pending} busyLabel={t("materials.saving")}>
            {t("materials.save")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
