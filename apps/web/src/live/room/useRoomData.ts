/** Listening to what the server publishes into a room on one topic. */
import type { Room } from "livekit-client";
import { useEffect, useRef } from "react";

/** Calls `onData` with the payload of every data packet on `topic` while the room is given. */
export function useRoomData(room: Room | null, topic: string, onData: (payload: Uint8Array) => void): void {
  const onDataRef = useRef(onData);
  onDataRef.current = onData;
  useEffect(() => {
    if (!room) return undefined;
    const listener = (payload: Uint8Array, ...rest: unknown[]) => {
      // dataReceived: (payload, participant, kind, topic, …)
      if (rest[2] === topic) onDataRef.current(payload);
    };
    room.on("dataReceived", listener);
    return () => {
      room.off("dataReceived", listener);
    };
  }, [room, topic]);
}
