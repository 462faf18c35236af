/**
 * Being in a booth's or an event's LiveKit room to receive what the server publishes there and to
 * see who is present. Subscribe-only: nothing is published and no media is subscribed.
 * livekit-client is imported on first connect, so it stays out of every bundle that does not use it.
 */

import type { Room } from "livekit-client";
import { useEffect, useState } from "react";
import { useSession } from "../../auth/session.ts";
import {
  ATTEMPTS_BEFORE_UNAVAILABLE,
  reconnectDelay,
  UNAVAILABLE_RETRY_MS,
} from "../../booth/chat/reconnect.ts";
import { appErrorOf } from "../../lib/errors.ts";
import { useTRPCClient } from "../../trpc.ts";
import type { LivePlace } from "./place.ts";
import { staffIn } from "./presence.ts";
import type { LiveRoomState } from "./roomState.ts";

export interface JoinedRoom {
  state: LiveRoomState;
  /** Whether any of the booth's staff is in the room now; null while not connected. */
  staffPresent: boolean | null;
  /** The room while it is joined or being joined (for data listeners); null otherwise. */
  room: Room | null;
}

/** Joins the place's room while mounted, enabled and signed in; rejoins with a fresh token when it drops. */
export function useJoinedRoom(place: LivePlace, enabled = true): JoinedRoom {
  const client = useTRPCClient();
  const { data: user } = useSession();
  const active = enabled && Boolean(user);
  const [state, setState] = useState<LiveRoomState>("idle");
  const [staffPresent, setStaffPresent] = useState<boolean | null>(null);
  const [joined, setJoined] = useState<Room | null>(null);
  const exhibitorId = "exhibitorId" in place ? place.exhibitorId : undefined;
  const eventId = "eventId" in place ? place.eventId : undefined;

  useEffect(() => {
    if (!active) {
      setState("idle");
      return undefined;
    }
    const fetchToken = () =>
      exhibitorId !== undefined
        ? client.live.boothToken.query({ exhibitorId })
        : client.live.eventToken.query({ eventId: eventId ?? "" });
    let stopped = false;
    let room: Room | null = null;
    let timer: number | undefined;
    let failures = 0;

    const forget = (which: Room) => {
      if (room === which) room = null;
      setJoined((current) => (current === which ? null : current));
    };
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
      let token: Awaited<ReturnType<typeof fetchToken>>;
      try {
        token = await fetchToken();
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
        // A dropped signal connection only says SignalReconnecting; "Reconnecting" comes when the
        // media connection fails too, some 15 s later. Meanwhile the chat would claim to be live and not poll.
        .on(RoomEvent.SignalReconnecting, () => setState("reconnecting"))
        .on(RoomEvent.Reconnecting, () => setState("reconnecting"))
        .on(RoomEvent.Reconnected, () => setState("connected"))
        .on(RoomEvent.ParticipantConnected, presence)
        .on(RoomEvent.ParticipantDisconnected, presence)
        .on(RoomEvent.ParticipantMetadataChanged, presence)
        .on(RoomEvent.Disconnected, (reason) => {
          if (stopped || room !== next) return;
          forget(next);
          // The same account joined from another tab: coming back would only push that one out.
          if (reason === DisconnectReason.DUPLICATE_IDENTITY) {
            setStaffPresent(null);
            setState("unavailable");
            return;
          }
          fail();
        });
      room = next;
      setJoined(next);
      try {
        await next.connect(token.url, token.token, { autoSubscribe: false });
      } catch {
        if (stopped || room !== next) return;
        forget(next);
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
      setJoined(null);
      setStaffPresent(null);
    };
  }, [active, client, exhibitorId, eventId]);

  return {
    state: active ? state : "idle",
    staffPresent: active ? staffPresent : null,
    room: active ? joined : null,
  };
}
