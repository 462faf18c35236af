import { ChatPanel } from "./ChatPanel.tsx";

interface BoothChatProps {
  exhibitorId: string;
  /** From the booth page: whether staff were in the room when it loaded (the room updates it). */
  staffOnline: boolean;
  /** "preview" (cabinet, moderation): shown, disabled, not connected. */
  mode: "visitor" | "preview";
}

/** The booth's chat with its staff and the other visitors. */
export function BoothChat({ exhibitorId, staffOnline, mode }: BoothChatProps) {
  return <ChatPanel place={{ exhibitorId }} staffOnline={staffOnline} mode={mode} />;
}
