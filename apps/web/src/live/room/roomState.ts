/** What a panel says about its live connection, whichever way the room came to it. */

/**
 * "idle": not connected and not trying (signed out, preview, or the page holds no room yet);
 * "unavailable": no live server, or it keeps failing, or this account's other tab holds the seat.
 * Whenever the state is not "connected", panels poll the API instead.
 */
export type LiveRoomState = "idle" | "connecting" | "connected" | "reconnecting" | "unavailable";

/**
 * The state of a room someone else connects (livekit-client's ConnectionState values):
 * a room not connected yet or any more is "idle", so the panel polls without a warning.
 */
export function roomStateOf(connectionState: string): LiveRoomState {
  switch (connectionState) {
    case "connected":
      return "connected";
    case "connecting":
      return "connecting";
    case "reconnecting":
    case "signalReconnecting":
      return "reconnecting";
    default:
      return "idle";
  }
}
