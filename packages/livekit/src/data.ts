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
  const open = await client.listRooms([room]);
  if (open.length === 0) return false;
  const data = new TextEncoder().encode(JSON.stringify(payload));
  await client.sendData(room, data, DataPacket_Kind.RELIABLE, { topic });
  return true;
}
