import type { BoothPage } from "@pavilion/schema";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/useLocale.ts";
import { safeColor } from "../lib/color.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { BoothAbout } from "./BoothAbout.tsx";
import { BoothChatSoon } from "./BoothChatSoon.tsx";
import { BoothContacts } from "./BoothContacts.tsx";
import { BoothEvents } from "./BoothEvents.tsx";
import { BoothHeader } from "./BoothHeader.tsx";
import { BoothMaterials } from "./BoothMaterials.tsx";
import { boothName, clampText } from "./names.ts";
import { useRecordVisit } from "./useRecordVisit.ts";
import "./booth.css";
import "./booth-items.css";

/** A loaded booth: header, then what it offers beside how to reach it. */
export function BoothView({ booth }: { booth: BoothPage }) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const name = boothName(booth.name, locale, t("unnamed"));
  useDocumentTitle(clampText(name, 60));
  useRecordVisit(booth.exhibitorId);

  return (
    <article className="booth-page" style={{ "--brand": safeColor(booth.color) } as CSSProperties}>
      <BoothHeader booth={booth} name={name} />
      <div className="container booth-page__body">
        <div className="booth-page__main">
          <BoothAbout booth={booth} />
          <BoothMaterials materials={booth.materials} />
          <BoothEvents events={booth.upcomingEvents} />
        </div>
        <aside className="booth-page__aside">
          <BoothContacts booth={booth} />
          <BoothChatSoon />
        </aside>
      </div>
    </article>
  );
}
