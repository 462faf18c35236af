import { RoomServiceClient } from "livekit-server-sdk";
import type { RunningLiveKitServer } from "../dev-server.ts";

/** The room service of a running server, to create, list and delete rooms in tests. */
export function roomServiceOf(server: Pick<RunningLiveKitServer, "httpUrl" | "apiKey" | "apiSecret">) {
  return new RoomServiceClient(server.httpUrl, server.apiKey, server.apiSecret);
}
