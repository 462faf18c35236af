/**
 * Being in an event's LiveKit room for its webinar, as React state: subscribed to the hosts' (and
 * guests') media, receiving what the server publishes (webinar control, chat, Q&A packets),
 * publishing only as a host or when brought on stage. The joining itself is connection.ts.
 */
import type { WebinarPacket } from "@pavilion/schema";
import type { Room } from "livekit-client";
import { useEffect, useRef, useState } from "react";
import { useTRPCClient } from "../trpc.ts";
import { keepJoined } from "./connection.ts";
import type { WebinarRoomState } from "./face.ts";

export interface WebinarRoom {
  state: WebinarRoomState;
  /** The connected room (for the media, the chat and the Q&A panels); null while not connected. */
  room: Room | null;
  /** Bumped whenever who is in the room or what they publish changes: read the room again. */
  version: number;
  /** The server lets this participant publish now (a host, or a viewer on stage). */
  canPublish: boolean;
  /** The browser refused to play sound without a click; `startAudio` (from a click) fixes it. */
  audioBlocked: boolean;
  startAudio: () => void;
  /** Joins again after another tab took the seat (which pushes that tab out in turn). */
  rejoin: () => void;
}

interface WebinarRoomOptions {
  /** False to stay out (may not watch, no live server, ended). */
  enabled: boolean;
  /** Every webinar control packet, after the connection has acted on it. */
  onPacket?: (packet: WebinarPacket) => void;
  /** The API refused a token (the caller's rights changed): fetch the webinar's state again. */
  onRefused?: () => void;
}

/** Joins the event's room while `enabled`. */
export function useWebinarRoom(
  eventId: string,
  { enabled, onPacket, onRefused }: WebinarRoomOptions,
): WebinarRoom {
  const client = useTRPCClient();
  const [state, setState] = useState<WebinarRoomState>("idle");
  const [room, setRoom] = useState<Room | null>(null);
  const [version, setVersion] = useState(0);
  const [canPublish, setCanPublish] = useState(false);
  const [audioBlocked, setAudioBlocked] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const callbacks = useRef({ onPacket, onRefused });
  callbacks.current = { onPacket, onRefused };

  useEffect(() => {
    if (!enabled) {
      setState((current) => (current === "ended" ? current : "idle"));
      return undefined;
    }
    return keepJoined(() => client.live.eventToken.query({ eventId }), {
      state: setState,
      room: setRoom,
      changed: () => setVersion((value) => value + 1),
      canPublish: setCanPublish,
      audioBlocked: setAudioBlocked,
      packet: (packet) => callbacks.current.onPacket?.(packet),
      refused: () => callbacks.current.onRefused?.(),
    });
    // `attempt` starts over after another tab took the seat.
  }, [enabled, client, eventId, attempt]);

  return {
    state: enabled || state === "ended" ? state : "idle",
    room,
    version,
    canPublish,
    audioBlocked,
    startAudio: () => void room?.startAudio().then(() => setAudioBlocked(!room.canPlaybackAudio)),
    rejoin: () => setAttempt((value) => value + 1),
  };
}
