/** The cabinet's live tab: the company's webinars (to the console, recordings), the booth chat with notifications. */
import { useTranslation } from "react-i18next";
import { ChatPanel } from "../../booth/chat/ChatPanel.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { MeetingsPanel } from "../../meetings/cabinet/MeetingsPanel.tsx";
import { CabinetTab } from "../frame/CabinetTab.tsx";
import { useCabinet } from "../useCabinet.ts";
import { ChatAlertsPanel } from "./ChatAlertsPanel.tsx";
import { useStaffChatRoom } from "./StaffChatContext.ts";
import { WebinarsPanel } from "./WebinarsPanel.tsx";
import "./live.css";

export function LivePanel() {
  const { t } = useTranslation("live");
  const locale = useLocale();
  const { overview } = useCabinet();
  const name = pickText(overview.draft.profile.name, locale);
  useDocumentTitle(name ? `${t("cabinet.tab")} — ${name}` : t("cabinet.tab"));
  const shared = useStaffChatRoom();
  const room = shared ? { room: shared.room, roomState: shared.state } : {};
  return (
    <CabinetTab
      main={
        <>
          <WebinarsPanel />
          <MeetingsPanel exhibitorId={overview.exhibitorId} />
        </>
      }
      side={
        <div className="live-side">
          <ChatPanel
            place={{ exhibitorId: overview.exhibitorId }}
            staffOnline={shared?.staffPresent ?? false}
            className="panel chat-panel live-chat"
            emptyText={t("cabinet.chat.empty")}
            {...room}
          />
          <ChatAlertsPanel />
        </div>
      }
    />
  );
}
