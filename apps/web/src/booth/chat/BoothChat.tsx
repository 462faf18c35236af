import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { BoothIcon } from "../BoothIcon.tsx";
import { ChatComposer } from "./ChatComposer.tsx";
import { ChatConversation } from "./ChatConversation.tsx";
import { ChatSignedOut } from "./ChatSignedOut.tsx";
import "./chat.css";

interface BoothChatProps {
  exhibitorId: string;
  /** From the booth page: whether staff were in the room when it loaded (the room updates it). */
  staffOnline: boolean;
  /** "preview" (cabinet, moderation): shown, disabled, not connected. */
  mode: "visitor" | "preview";
}

/** The booth's chat with its staff and the other visitors: what a visitor can do depends on who they are. */
export function BoothChat({ exhibitorId, staffOnline, mode }: BoothChatProps) {
  const { t } = useTranslation("booth");
  const { data: user } = useSession();
  const titleId = useId();
  const header = (online: boolean) => <ChatHeader titleId={titleId} staffOnline={online} />;
  return (
    <section className="booth-card booth-chat-panel" aria-labelledby={titleId} data-testid="booth-chat">
      {mode === "preview" ? (
        <>
          {header(staffOnline)}
          <ChatComposer onSend={() => Promise.resolve()} pending={false} disabledReason={t("chat.preview")} />
        </>
      ) : user ? (
        <ChatConversation exhibitorId={exhibitorId} self={user} staffOnline={staffOnline} header={header} />
      ) : (
        <>
          {header(staffOnline)}
          {user === null ? <ChatSignedOut /> : null}
        </>
      )}
    </section>
  );
}

/** The chat's title and whether the booth's staff are there to answer. */
function ChatHeader({ titleId, staffOnline }: { titleId: string; staffOnline: boolean }) {
  const { t } = useTranslation("booth");
  return (
    <div className="booth-chat__head chat-panel__head">
      <span className="booth-chat__icon">
        <BoothIcon name="chat" size={22} />
      </span>
      <div className="chat-panel__heading">
        <h2 className="booth-card__title" id={titleId}>
          {t("chat.title")}
        </h2>
        {staffOnline ? (
          <span className="tag tag--ok">{t("chat.staffOnline")}</span>
        ) : (
          <span className="chat-panel__away">{t("chat.staffAway")}</span>
        )}
      </div>
    </div>
  );
}
