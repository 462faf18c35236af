/**
 * LiveKit's room service as the app uses it, in plain data: which rooms are open and who is in
 * them, what one participant may publish, and closing a room. Built on RoomServiceClient.
 */
import { type ParticipantInfo, RoomServiceClient, ServerError } from "livekit-server-sdk";
import type { LiveKitConfig } from "./config.ts";
import { STAGE_SOURCES, type TrackSourceName, trackSourceName, trackSourceOf } from "./track-sources.ts";

/** How long one call may take before it counts as failed, in seconds. */
export const ROOM_SERVICE_TIMEOUT_SECONDS = 5;

/** One participant in a room now, as LiveKit lists them. */
export interface RoomParticipant {
  sid: string;
  identity: string;
  name: string;
  /** What the API put into the token (the role). */
  metadata: string;
  joinedAt: Date;
  /** May publish at all, and which sources (empty: any). */
  canPublish: boolean;
  canPublishSources: (TrackSourceName | "unknown")[];
  /** Tracks published now. */
  tracks: { sid: string; source: TrackSourceName | "unknown" }[];
}

/** What the app asks of LiveKit's room service; see roomServiceFor. */
export interface LiveRoomService {
  /** Names of the rooms open now. */
  listRooms(): Promise<string[]>;
  /** Everyone in the room now; empty when the room is not open. */
  listParticipants(room: string): Promise<RoomParticipant[]>;
  /**
   * Lets the participant publish camera and microphone (on stage), or nothing (LiveKit then
   * unpublishes their tracks); they keep subscribing and never publish data. False when they are
   * not in the room.
   */
  setOnStage(room: string, identity: string, onStage: boolean): Promise<boolean>;
  /** Closes the room: everyone in it is disconnected. Nothing happens when it is not open. */
  deleteRoom(room: string): Promise<void>;
}

const isNotFound = (error: unknown) => error instanceof ServerError && error.status === 404;

function participantOf(info: ParticipantInfo): RoomParticipant {
  return {
    ...{ sid: info.sid, identity: info.identity, name: info.name, metadata: info.metadata },
    joinedAt: new Date(Number(info.joinedAtMs) || Number(info.joinedAt) * 1000),
    canPublish: info.permission?.canPublish ?? false,
    canPublishSources: (info.permission?.canPublishSources ?? []).map(trackSourceName),
    tracks: info.tracks.map((track) => ({ sid: track.sid, source: trackSourceName(track.source) })),
  };
}

// One client per config: it signs a fresh request token for every call anyway.
const clients = new WeakMap<LiveKitConfig, RoomServiceClient>();

function clientFor(config: LiveKitConfig): RoomServiceClient {
  let client = clients.get(config);
  if (!client) {
    client = new RoomServiceClient(config.url, config.apiKey, config.apiSecret, {
      requestTimeout: ROOM_SERVICE_TIMEOUT_SECONDS,
      failover: false,
    });
    clients.set(config, client);
  }
  return client;
}

/** The room service of the LiveKit server the config names. Calls reject when LiveKit cannot be reached. */
export function roomServiceFor(config: LiveKitConfig): LiveRoomService {
  const client = clientFor(config);
  return {
    async listRooms() {
      return (await client.listRooms()).map((room) => room.name);
    },
    async listParticipants(room) {
      try {
        return (await client.listParticipants(room)).map(participantOf);
      } catch (error) {
        if (isNotFound(error)) return [];
        throw error;
      }
    },
    async setOnStage(room, identity, onStage) {
      const sources = onStage ? STAGE_SOURCES : [];
      try {
        await client.updateParticipant(room, identity, {
          permission: {
            ...{ canPublish: onStage, canSubscribe: true, canPublishData: false },
            canPublishSources: sources.map(trackSourceOf),
          },
        });
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
    async deleteRoom(room) {
      try {
        await client.deleteRoom(room);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
  };
}
