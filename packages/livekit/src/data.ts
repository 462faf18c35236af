/**
 * Data the server sends into a room through LiveKit's room service. Chat goes through the API,
 * then LiveKit: participants cannot publish data themselves, the server sends it for them.
 */
import { DataPacket_Kind, RoomServiceClient } from "livekit-server-sdk";
import type { LiveKitConfig } from "./config.ts";

/** How long one send may take before it counts as failed, in seconds. */
export const SEND_DATA_TIMEOUT_SECONDS = 2;

// One client per config: it signs a fresh request token for every call anyway.
const roomServices = new WeakMap<LiveKitConfig, RoomServiceClient>();

function roomServiceFor(config: LiveKitConfig): RoomServiceClient {
  let client = roomServices.get(config);
  if (!client) {
    client = new RoomServiceClient(config.url, config.apiKey, config.apiSecret, {
      requestTimeout: SEND_DATA_TIMEOUT_SECONDS,
      failover: false,
    });
    roomServices.set(config, client);
  }
  return client;
}

/**
 * How long a room seen open is taken to still be open without asking LiveKit again. A busy chat
 * sends many packets a second; asking before each would double the calls. A room that closed in
 * the meantime costs one send that times out (and is logged), nothing more.
 */
export const OPEN_ROOM_MEMORY_MS = 2_000;

// Per config: room name -> until when it is taken to be open (ms since the epoch).
const openRooms = new WeakMap<LiveKitConfig, Map<string, number>>();

async function isRoomOpen(config: LiveKitConfig, client: RoomServiceClient, room: string): Promise<boolean> {
  let known = openRooms.get(config);
  if (!known) {
    known = new Map();
    openRooms.set(config, known);
  }
  const now = Date.now();
  if ((known.get(room) ?? 0) > now) return true;
  const open = (await client.listRooms([room])).length > 0;
  if (open) known.set(room, now + OPEN_ROOM_MEMORY_MS);
  else known.delete(room);
  return open;
}

/**
 * Sends `payload` as UTF-8 JSON to everyone in the room, reliably, under `topic`. Returns false
 * without sending when the room is not open (nobody to deliver to; LiveKit would hold such a send
 * until it times out). Rejects when LiveKit refuses or cannot be reached in SEND_DATA_TIMEOUT_SECONDS.
 */
export async function sendRoomJson(
  config: LiveKitConfig,
  room: string,
  topic: string,
  payload: unknown,
): Promise<boolean> {
  const client = roomServiceFor(config);
  if (!(await isRoomOpen(config, client, room))) return false;
  const data = new TextEncoder().encode(JSON.stringify(payload));
  try {
    await client.sendData(room, data, DataPacket_Kind.RELIABLE, { topic });
  } catch (error) {
    // It may have closed since we last looked: ask again next time.
    openRooms.get(config)?.delete(room);
    throw error;
  }
  return true;
}
