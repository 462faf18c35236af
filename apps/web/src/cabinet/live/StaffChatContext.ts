/** The cabinet's connection to the booth's room, for the Live tab's chat panel to share. */
import { createContext, useContext } from "react";
import type { JoinedRoom } from "../../live/room/useJoinedRoom.ts";

export const StaffChatRoomContext = createContext<JoinedRoom | null>(null);

/** The room the cabinet holds, or null outside it (the chat panel then joins by itself). */
export function useStaffChatRoom(): JoinedRoom | null {
  return useContext(StaffChatRoomContext);
}
