/** Which of its faces the webinar shows a viewer, from the API's state and the room's. */
import type { WebinarPhase } from "@pavilion/schema";

/**
 * "idle": not in the room and not trying (may not watch, or ended); "unavailable": no live
 * server, or it keeps failing; "displaced": the same account joined from another tab or device,
 * which took this page's seat; "ended": the server said the webinar ended, or closed the room.
 */
export type WebinarRoomState =
  | "idle"
  | "connecting"
  | "connected"
  | "reconnecting"
  | "unavailable"
  | "displaced"
  | "ended";

export type WebinarFace =
  | "ended"
  | "refused"
  | "displaced"
  | "unavailable"
  | "reconnecting"
  | "live"
  | "scheduled";

export interface FaceInput {
  phase: WebinarPhase;
  canWatch: boolean;
  liveAvailable: boolean;
  room: WebinarRoomState;
  /** A host publishes camera, microphone or screen in the room now, as the room shows it. */
  onAir: boolean;
}

/**
 * The face to show. An ended webinar is ended for everyone (its recording may still be open to
 * them); then who may not watch is told why; then that another tab took the seat; then a missing live server; then the room's own say.
 * The room sees a host go live before the API does, so either makes it live.
 */
export function webinarFace({ phase, canWatch, liveAvailable, room, onAir }: FaceInput): WebinarFace {
  if (phase === "ended" || room === "ended") return "ended";
  if (!canWatch) return "refused";
  if (room === "displaced") return "displaced";
  if (!liveAvailable || room === "unavailable") return "unavailable";
  if (room === "reconnecting") return "reconnecting";
  return phase === "live" || onAir ? "live" : "scheduled";
}
