import { useId } from "react";
import { useTranslation } from "react-i18next";
import { BoothIcon } from "./BoothIcon.tsx";

/** Where the chat with the booth's staff will be (the live-booth work adds it); says so plainly. */
export function BoothChatSoon() {
  const { t } = useTranslation("booth");
  const titleId = useId();
  return (
    <section className="booth-card booth-chat" aria-labelledby={titleId} data-testid="booth-chat-placeholder">
      <div className="booth-chat__head">
        <span className="booth-chat__icon">
          <BoothIcon name="chat" size={22} />
        </span>
        <h2 className="booth-card__title" id={titleId}>
          {t("page.chat.title")}
        </h2>
      </div>
      <p className="tag tag--muted booth-chat__soon">{t("page.chat.soon")}</p>
      <p className="booth-chat__text">{t("page.chat.text")}</p>
    </section>
  );
}
