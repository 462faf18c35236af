/**
 * Being in a booth's LiveKit room to receive what the server publishes there (chat packets) and
 * to see who is present. Subscribe-only: nothing is published and no media is subscribed.
 * livekit-client is imported on first connect, so it stays out of every bundle that does not chat.
 */

import type { ChatPacket } from "@pavilion/schema";
import type { Room } from "livekit-client";
import { useEffect, useRef, useState } from "react";
import { useSession } from "../../auth/session.ts";
import { appErrorOf } from "../../lib/errors.ts";
import { useTRPCClient } from "../../trpc.ts";
import { parseChatPacket } from "./packets.ts";
import { ATTEMPTS_BEFORE_UNAVAILABLE, reconnectDelay, UNAVAILABLE_RETRY_MS } from "./reconnect.ts";

/**
 * "idle": not signed in or not asked to connect; "unavailable": no live server (or it keeps
 * failing, or this account's other tab holds the seat) — messages still send, history is polled.
 */
export type BoothRoomState = "idle" | "connecting" | "connected" | "reconnecting" | "unavailable";

export interface BoothRoom {
  state: BoothRoomState;
  /** Whether any of the booth's staff is in the room now; null while not connected. */
  staffPresent: boolean | null;
}

interface BoothRoomOptions {
  /** False to stay out of the room (the preview); the hook also stays out when signed out. */
  enabled?: boolean;
  /** Called with every chat packet that arrives. */
  onPacket?: (packet: ChatPacket) => void;
}

function roleOf(metadata: string | undefined): string | null {
  try {
    const data: unknown = JSON.parse(metadata ?? "");
    return typeof data === "object" && data !== null && "role" in data && typeof data.role === "string"
      ? data.role
      : null;
  } catch {
    return null;
  }
}

function staffIn(room: Room): boolean {
  const people = [room.localParticipant, ...room.remoteParticipants.values()];
  return people.some((participant) => roleOf(participant.metadata) === "staff");
}

/** Joins the booth's room while mounted and signed in, and rejoins with a fresh token when it drops. */
export function useBoothRoom(
  exhibitorId: string,
  { enabled = true, onPacket }: BoothRoomOptions = {},
): BoothRoom {
  const client = useTRPCClient();
  const { data: user } = useSession();
  const active = enabled && Boolean(user);
  const [state, setState] = useState<BoothRoomState>("idle");
  const [staffPresent, setStaffPresent] = useState<boolean | null>(null);
  const onPacketRef = useRef(onPacket);
  onPacketRef.current = onPacket;

  useEffect(() => {
    if (!active) {
      setState("idle");
      return undefined;
    }
    let stopped = false;
    let room: Room | null = null;
    let timer: number | undefined;
    let failures = 0;

    const retry = (delayMs: number) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void connect(), delayMs);
    };
    const fail = () => {
      failures += 1;
      setStaffPresent(null);
      setState(failures >= ATTEMPTS_BEFORE_UNAVAILABLE ? "unavailable" : "reconnecting");
      retry(reconnectDelay(failures));
    };

    async function connect(): Promise<void> {
      if (stopped) return;
      if (failures === 0) setState("connecting");
      // A fresh token every time: the last one may have expired while we were away.
      let token: Awaited<ReturnType<typeof client.live.boothToken.query>>;
      try {
        token = await client.live.boothToken.query({ exhibitorId });
      } catch (error) {
        if (stopped) return;
        if (appErrorOf(error).code !== "live.unavailable") return fail();
        setState("unavailable");
        return retry(UNAVAILABLE_RETRY_MS);
      }
      const { DisconnectReason, Room, RoomEvent } = await import("livekit-client");
      if (stopped) return;
      const next = new Room({ adaptiveStream: false, dynacast: false });
      const presence = () => setStaffPresent(staffIn(next));
      next
        .on(RoomEvent.DataReceived, (payload, _participant, _kind, topic) => {
          const packet = parseChatPacket(payload, topic);
          if (packet) onPacketRef.current?.(packet);
        })
        .on(RoomEvent.Reconnecting, () => setState("reconnecting"))
        .on(RoomEvent.Reconnected, () => setState("connected"))
        .on(RoomEvent.ParticipantConnected, presence)
        .on(RoomEvent.ParticipantDisconnected, presence)
        .on(RoomEvent.ParticipantMetadataChanged, presence)
        .on(RoomEvent.Disconnected, (reason) => {
          if (stopped || room !== next) return;
          room = null;
          // The same account joined from another tab: coming back would only push that one out.
          if (reason === DisconnectReason.DUPLICATE_IDENTITY) {
            setStaffPresent(null);
            setState("unavailable");
            return;
          }
          fail();
        });
      room = next;
      try {
        await next.connect(token.url, token.token, { autoSubscribe: false });
      } catch {
        if (stopped || room !== next) return;
        room = null;
        void next.disconnect();
        return fail();
      }
      if (stopped) return;
      failures = 0;
      presence();
      setState("connected");
    }

    void connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      void room?.disconnect();
      setStaffPresent(null);
    };
  }, [active, client, exhibitorId]);

  return { state: active ? state : "idle", staffPresent: active ? staffPresent : null };
}
