import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { BoothIcon } from "./BoothIcon.tsx";
import { InlineVideo } from "./InlineVideo.tsx";
import type { Material } from "./materials.ts";

interface MaterialDialogProps {
  material: Material;
  title: string;
  description: string;
  /** What the visitor can do with it besides looking (the download link). */
  actions?: ReactNode;
  onClose: () => void;
  /** Called on every `play` of a video material. */
  onPlay?: () => void;
}

/**
 * An image larger, or a video playing, in a modal dialog: Esc, the close button or a
 * click beside it closes it, and focus goes back to what opened it.
 */
export function MaterialDialog({
  material,
  title,
  description,
  actions,
  onClose,
  onPlay,
}: MaterialDialogProps) {
  const { t } = useTranslation("booth");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The visitor asked to play it; a browser that refuses leaves the controls to them.
    videoRef.current?.play().catch(() => undefined);
    return () => opener?.focus();
  }, []);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Esc closes the dialog natively; the click is for the backdrop only
    <dialog
      ref={dialogRef}
      className="booth-dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="booth-dialog__inner">
        <div className="booth-dialog__head">
          <h2 className="booth-dialog__title" id={titleId}>
            {title}
          </h2>
          <button type="button" className="booth-dialog__close" onClick={onClose}>
            <BoothIcon name="close" size={22} />
            <span className="visually-hidden">{t("page.dialog.close")}</span>
          </button>
        </div>
        <div className="booth-dialog__media">
          {material.kind === "video" && material.viewUrl ? (
            <InlineVideo
              ref={videoRef}
              url={material.viewUrl}
              posterUrl={material.previewUrl}
              durationMs={null}
              label={title}
              onPlay={onPlay}
            />
          ) : material.viewUrl ? (
            <img className="booth-dialog__image" src={material.viewUrl} alt={title} />
          ) : null}
        </div>
        {description || actions ? (
          <div className="booth-dialog__foot">
            {description ? (
              <p className="booth-dialog__description" id={descriptionId}>
                {description}
              </p>
            ) : null}
            {actions}
          </div>
        ) : null}
      </div>
    </dialog>
  );
}
