/** A LiveKit track shown in a <video> or played through a hidden <audio>, attached while mounted. */
import type { AudioTrack, VideoTrack } from "livekit-client";
import { useEffect, useRef } from "react";

interface TrackVideoProps {
  track: VideoTrack;
  label: string;
  className?: string;
  /** Which kind of picture, for styles and tests: "camera" or "screen". */
  source: string;
  /** Mirror one's own camera, as people expect to see themselves. */
  mirror?: boolean;
}

export function TrackVideo({ track, label, className, source, mirror = false }: TrackVideoProps) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    track.attach(element);
    return () => {
      track.detach(element);
    };
  }, [track]);
  return (
    <video
      ref={ref}
      className={`${className ?? ""}${mirror ? " webinar-video--mirror" : ""}`}
      aria-label={label}
      data-source={source}
      autoPlay
      muted
      playsInline
    />
  );
}

/** Plays a remote participant's sound; nothing is shown. */
export function TrackAudio({ track }: { track: AudioTrack }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    track.attach(element);
    return () => {
      track.detach(element);
    };
  }, [track]);
  // biome-ignore lint/a11y/useMediaCaption: live speech from the room; there is no caption track to give.
  return <audio ref={ref} autoPlay hidden />;
}
