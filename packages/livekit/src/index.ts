export { findLiveKitServerBinary, findRepoRoot } from "./binary.ts";
export {
  devKeys,
  type LiveKitConfig,
  LiveKitConfigError,
  type LiveKitSettings,
  livekitConfigFrom,
  toWebSocketUrl,
} from "./config.ts";
export { SEND_DATA_TIMEOUT_SECONDS, sendRoomJson } from "./data.ts";
export {
  type DevServerOptions,
  type DevServerPorts,
  devServerArgs,
  LiveKitStartError,
  launchLiveKitDevServer,
  type RunningLiveKitServer,
  webhookConfigYaml,
} from "./dev-server.ts";
export {
  DEFAULT_EGRESS_FILEPATH,
  type EgressOutput,
  type EgressSettings,
  egressOutputFrom,
  startRoomRecording,
  stopRoomRecording,
} from "./egress.ts";
export { type LocalLiveKitOptions, startLocalLiveKitServer } from "./local-server.ts";
export { freeTcpPort, freeUdpRange } from "./ports.ts";
export {
  type LiveRoomService,
  ROOM_SERVICE_TIMEOUT_SECONDS,
  type RoomParticipant,
  roomServiceFor,
} from "./room-service.ts";
export {
  boothRoomName,
  eventRoomName,
  InvalidRoomIdError,
  parseRoomName,
  type RoomRef,
  roomName,
} from "./rooms.ts";
export { DEFAULT_TOKEN_TTL_SECONDS, mintToken, type TokenParams } from "./tokens.ts";
export { STAGE_SOURCES, type TrackSourceName } from "./track-sources.ts";
export { type LiveKitWebhook, verifyWebhook, WebhookVerificationError } from "./webhooks.ts";
