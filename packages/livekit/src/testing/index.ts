export type { RunningLiveKitServer } from "../dev-server.ts";
export { freeTcpPort, freeUdpRange } from "../ports.ts";
export {
  LiveKitBinaryNotFoundError,
  type StartLiveKitServerOptions,
  startLiveKitServer,
} from "./livekit-server.ts";
export { joinWithSignalOnly, type SignalParticipant } from "./participants.ts";
export { roomServiceOf } from "./rooms.ts";
export { readToken } from "./tokens.ts";
export { signWebhookBody } from "./webhooks.ts";
