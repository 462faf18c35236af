/**
 * A real participant for tests, without a WebRTC stack: it opens LiveKit's signalling WebSocket
 * with a join token, so the server adds it to the room (listed, permissions applied) until it
 * closes. It sends and receives no media.
 */
import type { LiveKitConfig } from "../config.ts";

/** A participant connected to a room's signalling; close() leaves the room. */
export interface SignalParticipant {
  close(): void;
  /** Settles when the connection closes, by close() or because LiveKit ended it. */
  closed: Promise<void>;
}

/** The signalling protocol version to speak (livekit-client 2.x speaks 15 and up). */
const PROTOCOL = 15;

/** Joins the room the token names; resolves once LiveKit answered the join (rejects if it refuses). */
export function joinWithSignalOnly(
  config: Pick<LiveKitConfig, "url">,
  token: string,
  timeoutMs = 10_000,
): Promise<SignalParticipant> {
  const query = new URLSearchParams({
    access_token: token,
    protocol: String(PROTOCOL),
    sdk: "js",
    version: "2.0.0",
    auto_subscribe: "0",
  });
  const socket = new WebSocket(`${config.url}/rtc?${query.toString()}`);
  socket.binaryType = "arraybuffer";
  const closed = new Promise<void>((resolve) => socket.addEventListener("close", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`LiveKit did not answer the join within ${timeoutMs} ms`));
    }, timeoutMs);
    // The first message is the join response: the participant is in the room from then on.
    socket.addEventListener("message", () => {
      clearTimeout(timer);
      resolve({ close: () => socket.close(), closed });
    });
    socket.addEventListener("close", (event) => {
      clearTimeout(timer);
      reject(new Error(`LiveKit closed the join (${event.code} ${event.reason})`));
    });
  });
}
