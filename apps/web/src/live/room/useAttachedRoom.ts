/** The state and presence of a room someone else connected (the webinar page's, the cabinet's). */
import type { Room } from "livekit-client";
import { useEffect, useState } from "react";
import { staffIn } from "./presence.ts";
import { type LiveRoomState, roomStateOf } from "./roomState.ts";

export interface AttachedRoom {
  state: LiveRoomState;
  staffPresent: boolean | null;
}

/** Follows the given room's connection and who is in it; a null room is "idle". */
export function useAttachedRoom(room: Room | null): AttachedRoom {
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (!room) return undefined;
    const changed = () => setVersion((version) => version + 1);
    const events = [
      "connectionStateChanged",
      "participantConnected",
      "participantDisconnected",
      "participantMetadataChanged",
    ] as const;
    for (const event of events) room.on(event, changed);
    changed();
    return () => {
      for (const event of events) room.off(event, changed);
    };
  }, [room]);
  if (!room) return { state: "idle", staffPresent: null };
  const state = roomStateOf(room.state);
  return { state, staffPresent: state === "connected" ? staffIn(room) : null };
}
