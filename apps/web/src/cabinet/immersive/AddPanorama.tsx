/**
 * Adding a panorama: its title first, then the photo; the server checks it is 2:1 and
 * keeps it at several widths while the upload box says so, and its refusal shows there.
 */
import { PANORAMA_MIN_WIDTH, type Tour } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { UploadBox } from "../upload/UploadBox.tsx";
import { useCabinet } from "../useCabinet.ts";
import { formatCount } from "./format.ts";
import { TextFields } from "./TextFields.tsx";
import { emptyText, titleOrFileName } from "./texts.ts";

const noErrors = { messages: { fields: {} }, clearField: () => undefined };

export function AddPanorama({ onAdded }: { onAdded: (tour: Tour) => void }) {
  const { t } = useTranslation("immersive");
  const locale = useLocale();
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const [texts, setTexts] = useState(() => ({ title: emptyText() }));
  const [added, setAdded] = useState("");
  const add = useMutation(trpc.immersive.addPanorama.mutationOptions());
  // The upload takes a while: read the title when it is done, not when it began.
  const latest = useRef(texts);
  latest.current = texts;

  async function attach(uploadId: string, file: File) {
    setAdded("");
    const title = titleOrFileName(latest.current.title, file.name, locale);
    const tour = await add.mutateAsync({ exhibitorId: overview.exhibitorId, uploadId, title });
    setTexts({ title: emptyText() });
    setAdded(t("tour.added", { title: pickText(title, locale) }));
    onAdded(tour);
  }

  return (
    <section className="panel add-immersive" aria-labelledby="add-panorama-title">
      <h2 className="panel__title" id="add-panorama-title">
        {t("tour.addTitle")}
      </h2>
      <p className="panel__lead">{t("tour.hint", { min: formatCount(PANORAMA_MIN_WIDTH, locale) })}</p>
      <div className="form">
        <TextFields section="tour" values={texts} onChange={setTexts} form={noErrors} />
        <UploadBox
          purpose="panorama"
          label={t("tour.choose")}
          processingLabel={t("tour.processing")}
          onUploaded={attach}
        />
      </div>
      <p className="add-immersive__done" role="status">
        {added}
      </p>
    </section>
  );
}
