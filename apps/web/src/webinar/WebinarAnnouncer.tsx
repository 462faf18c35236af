/** Reads out what changes on the page (live, ended, reconnecting, on stage), never the first state. */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WebinarFace } from "./face.ts";

export function WebinarAnnouncer({ face, onStage }: { face: WebinarFace; onStage: boolean }) {
  const { t } = useTranslation("webinar");
  const [text, setText] = useState("");
  const last = useRef({ face, onStage });
  useEffect(() => {
    const before = last.current;
    last.current = { face, onStage };
    if (before.onStage !== onStage) setText(onStage ? t("announce.onStage") : t("announce.offStage"));
    else if (before.face !== face) setText(t(`announce.${face}`));
  }, [face, onStage, t]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="webinar-announcer">
      {text}
    </p>
  );
}
