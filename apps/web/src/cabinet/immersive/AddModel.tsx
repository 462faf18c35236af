/**
 * Adding a model: its texts first, then the .glb; the server checks and optimises it
 * while the upload box says so, and its refusal (too many triangles…) shows there.
 */
import { MODEL_BUDGET, type ProductModel } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { formatBytes } from "../upload/files.ts";
import { UploadBox } from "../upload/UploadBox.tsx";
import { useCabinet } from "../useCabinet.ts";
import { formatCount } from "./format.ts";
import { TextFields } from "./TextFields.tsx";
import { emptyText, titleOrFileName } from "./texts.ts";

const noErrors = { messages: { fields: {} }, clearField: () => undefined };
const emptyTexts = () => ({ title: emptyText(), description: emptyText() });

export function AddModel({
  anyFeatured,
  onAdded,
}: {
  /** Whether a model is on the stand already (a first model goes there unless unticked). */
  anyFeatured: boolean;
  onAdded: (models: ProductModel[]) => void;
}) {
  const { t } = useTranslation("immersive");
  const locale = useLocale();
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const [texts, setTexts] = useState(emptyTexts);
  const [featured, setFeatured] = useState<boolean | null>(null);
  const [added, setAdded] = useState("");
  const checkboxId = useId();
  const add = useMutation(trpc.immersive.addModel.mutationOptions());
  const putOnStand = featured ?? !anyFeatured;
  // The upload takes a while: read what the fields say when it is done, not when it began.
  const latest = useRef({ texts, putOnStand });
  latest.current = { texts, putOnStand };

  async function attach(uploadId: string, file: File) {
    setAdded("");
    const { texts: given, putOnStand: onStand } = latest.current;
    const title = titleOrFileName(given.title, file.name, locale);
    const models = await add.mutateAsync({
      exhibitorId: overview.exhibitorId,
      uploadId,
      featured: onStand,
      title,
      description: given.description,
    });
    setTexts(emptyTexts());
    setFeatured(null);
    setAdded(t("models.added", { title: pickText(title, locale) }));
    onAdded(models);
  }

  const budget = t("models.budget", {
    size: formatBytes(overview.limits.model, locale),
    triangles: formatCount(MODEL_BUDGET.triangles, locale),
    texture: formatCount(MODEL_BUDGET.textureSide, locale),
  });
  return (
    <section className="panel add-immersive" aria-labelledby="add-model-title">
      <h2 className="panel__title" id="add-model-title">
        {t("models.addTitle")}
      </h2>
      <p className="panel__lead">{budget}</p>
      <div className="form">
        <TextFields section="models" values={texts} onChange={setTexts} form={noErrors} />
        <div className="check-field">
          <input
            id={checkboxId}
            type="checkbox"
            checked={putOnStand}
            onChange={(event) => setFeatured(event.target.checked)}
          />
          <label htmlFor={checkboxId}>{t("models.featureNew")}</label>
        </div>
        <UploadBox
          purpose="model"
          label={t("models.choose")}
          processingLabel={t("models.processing")}
          onUploaded={attach}
        />
      </div>
      <p className="add-immersive__done" role="status">
        {added}
      </p>
    </section>
  );
}
