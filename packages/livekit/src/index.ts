export { findLiveKitServerBinary, findRepoRoot } from "./binary.ts";
export {
  devKeys,
  type LiveKitConfig,
  LiveKitConfigError,
  type LiveKitSettings,
  livekitConfigFrom,
  toWebSocketUrl,
} from "./config.ts";
export {
  type DevServerOptions,
  type DevServerPorts,
  devServerArgs,
  LiveKitStartError,
  launchLiveKitDevServer,
  type RunningLiveKitServer,
} from "./dev-server.ts";
export {
  boothRoomName,
  eventRoomName,
  InvalidRoomIdError,
  parseRoomName,
  type RoomRef,
  roomName,
} from "./rooms.ts";
export { DEFAULT_TOKEN_TTL_SECONDS, mintToken, type TokenParams } from "./tokens.ts";
