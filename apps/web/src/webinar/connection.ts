/**
 * Staying in an event's LiveKit room: join with a fresh token, rejoin when the room drops (backing
 * off, then saying the server is unavailable), leave for good when the webinar ends or another tab
 * of the same account takes the seat. Plain TypeScript; useWebinarRoom turns it into React state.
 */
import type { LiveToken, WebinarPacket } from "@pavilion/schema";
import { DisconnectReason, type LocalParticipant, Room, RoomEvent } from "livekit-client";
import {
  ATTEMPTS_BEFORE_UNAVAILABLE,
  reconnectDelay,
  UNAVAILABLE_RETRY_MS,
} from "../booth/chat/reconnect.ts";
import { appErrorOf } from "../lib/errors.ts";
import type { WebinarRoomState } from "./face.ts";
import { parseWebinarPacket } from "./packets.ts";

/** What the connection tells its owner. */
export interface ConnectionEvents {
  state(state: WebinarRoomState): void;
  /** The connected room, or null while there is none. */
  room(room: Room | null): void;
  /** Who is in the room or what they publish changed. */
  changed(): void;
  canPublish(allowed: boolean): void;
  audioBlocked(blocked: boolean): void;
  /** A webinar control packet, after the connection acted on it. */
  packet(packet: WebinarPacket): void;
  /** The API refused a token (the caller's rights changed). */
  refused(): void;
}

// Who is in the room and what they publish: any of these changes what the page shows.
const CHANGES = [
  RoomEvent.ParticipantConnected,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.ParticipantMetadataChanged,
  RoomEvent.ParticipantNameChanged,
  RoomEvent.TrackPublished,
  RoomEvent.TrackUnpublished,
  RoomEvent.TrackSubscribed,
  RoomEvent.TrackUnsubscribed,
  RoomEvent.TrackMuted,
  RoomEvent.TrackUnmuted,
  RoomEvent.LocalTrackPublished,
  RoomEvent.LocalTrackUnpublished,
] as const;

/** Stops and unpublishes everything this participant sends (sent back from the stage, or the end). */
export async function stopPublishing(participant: LocalParticipant): Promise<void> {
  for (const publication of [...participant.trackPublications.values()]) {
    if (!publication.track) continue;
    try {
      await participant.unpublishTrack(publication.track, true);
    } catch {
      // The server may have taken the track already; stopping it locally is what matters.
      publication.track.stop();
    }
  }
}

/** Leaves a room, stopping what one published there first. */
function leaveRoom(room: Room): void {
  void stopPublishing(room.localParticipant).finally(() => room.disconnect());
}

/** Joins the room the tokens name and stays there until the returned function is called. */
export function keepJoined(fetchToken: () => Promise<LiveToken>, on: ConnectionEvents): () => void {
  let stopped = false;
  let current: Room | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  const retry = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void connect(), delayMs);
  };
  const forget = () => {
    const left = current;
    current = null;
    on.room(null);
    on.canPublish(false);
    return left;
  };
  const fail = () => {
    failures += 1;
    on.state(failures >= ATTEMPTS_BEFORE_UNAVAILABLE ? "unavailable" : "reconnecting");
    retry(reconnectDelay(failures));
  };
  const stop = (state?: WebinarRoomState) => {
    stopped = true;
    clearTimeout(timer);
    const left = forget();
    if (state) on.state(state);
    if (left) leaveRoom(left);
  };

  /** A fresh token every time (the last one may have expired, or the stage changed since); null when none came. */
  async function token(): Promise<LiveToken | null> {
    try {
      return await fetchToken();
    } catch (error) {
      if (stopped) return null;
      const { code } = appErrorOf(error);
      if (code === "live.unavailable") {
        on.state("unavailable");
        retry(UNAVAILABLE_RETRY_MS);
      } else if (code !== "network" && code !== "internal") {
        // Refused (signed out meanwhile, registration withdrawn): the page's state says why.
        on.state("idle");
        on.refused();
        retry(UNAVAILABLE_RETRY_MS);
      } else fail();
      return null;
    }
  }

  function listen(room: Room): void {
    const changed = () => on.changed();
    for (const event of CHANGES) room.on(event, changed);
    room
      .on(RoomEvent.DataReceived, (payload, _participant, _kind, topic) => {
        const packet = parseWebinarPacket(payload, topic);
        if (!packet || current !== room) return;
        if (packet.type === "webinar.ended") stop("ended");
        else if (packet.type === "stage.changed" && packet.userId === room.localParticipant.identity) {
          if (!packet.onStage) void stopPublishing(room.localParticipant);
        }
        on.packet(packet);
      })
      .on(RoomEvent.ParticipantPermissionsChanged, (_previous, participant) => {
        if (participant === room.localParticipant) {
          const allowed = participant.permissions?.canPublish ?? false;
          on.canPublish(allowed);
          if (!allowed) void stopPublishing(room.localParticipant);
        }
        changed();
      })
      .on(RoomEvent.AudioPlaybackStatusChanged, () => on.audioBlocked(!room.canPlaybackAudio))
      // The signal connection drops first (LiveKit gone); media only notices many seconds later.
      .on(RoomEvent.SignalReconnecting, () => on.state("reconnecting"))
      .on(RoomEvent.Reconnecting, () => on.state("reconnecting"))
      .on(RoomEvent.Reconnected, () => {
        on.state("connected");
        changed();
      })
      .on(RoomEvent.Disconnected, (reason) => {
        if (stopped || current !== room) return;
        // The server closed the room: the webinar was ended.
        if (reason === DisconnectReason.ROOM_DELETED) return stop("ended");
        // The same account joined from another tab: coming back by itself would only push that
        // one out, so it waits for the person to choose this page again.
        if (reason === DisconnectReason.DUPLICATE_IDENTITY) return stop("displaced");
        forget();
        fail();
      });
  }

  async function connect(): Promise<void> {
    if (stopped) return;
    if (failures === 0) on.state("connecting");
    const next = await token();
    if (!next || stopped) return;
    const room = new Room({ adaptiveStream: true, dynacast: true });
    listen(room);
    current = room;
    try {
      await room.connect(next.url, next.token, { autoSubscribe: true });
    } catch {
      if (stopped || current !== room) return;
      forget();
      void room.disconnect();
      return fail();
    }
    if (stopped) return;
    failures = 0;
    on.room(room);
    on.canPublish(room.localParticipant.permissions?.canPublish ?? next.canPublish);
    on.audioBlocked(!room.canPlaybackAudio);
    on.state("connected");
    on.changed();
  }

  void connect();
  return () => stop();
}
