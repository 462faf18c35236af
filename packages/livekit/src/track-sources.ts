/** The kinds of track a participant publishes, by the names LiveKit uses in tokens and webhooks. */
import { TrackSource } from "livekit-server-sdk";

export type TrackSourceName = "camera" | "microphone" | "screen_share" | "screen_share_audio";

const sources: Record<TrackSourceName, TrackSource> = {
  camera: TrackSource.CAMERA,
  microphone: TrackSource.MICROPHONE,
  screen_share: TrackSource.SCREEN_SHARE,
  screen_share_audio: TrackSource.SCREEN_SHARE_AUDIO,
};

/** What a viewer brought on stage may publish: their camera and microphone, not a screen. */
export const STAGE_SOURCES: readonly TrackSourceName[] = ["camera", "microphone"];

/** The SDK's enum value for a source name. */
export function trackSourceOf(name: TrackSourceName): TrackSource {
  return sources[name];
}

/** The name of an SDK track source; "unknown" for one we do not name. */
export function trackSourceName(source: TrackSource): TrackSourceName | "unknown" {
  const found = Object.entries(sources).find(([, value]) => value === source);
  return (found?.[0] as TrackSourceName | undefined) ?? "unknown";
}
