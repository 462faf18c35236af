export type { RunningLiveKitServer } from "../dev-server.ts";
export {
  LiveKitBinaryNotFoundError,
  type StartLiveKitServerOptions,
  startLiveKitServer,
} from "./livekit-server.ts";
export { freeTcpPort, freeUdpRange } from "./ports.ts";
