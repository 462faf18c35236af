import { useTranslation } from "react-i18next";
import type { LiveRoomState } from "../../live/room/roomState.ts";

/** A line about live delivery when it is not simply working; silent when connected. */
export function ChatStatus({ state }: { state: LiveRoomState }) {
  const { t } = useTranslation("booth");
  const text =
    state === "connecting" || state === "reconnecting" || state === "unavailable"
      ? t(`chat.status.${state}`)
      : null;
  return (
    <p className={`chat-panel__status chat-panel__status--${state}`} role="status" data-room-state={state}>
      {text}
    </p>
  );
}
