/** A LiveKit track shown in a <video> or played through a hidden <audio>, attached while mounted. */
import type { AudioTrack, Track, VideoTrack } from "livekit-client";
import { useEffect, useRef } from "react";

/** A ref for a media element that plays `track` while both exist. */
function useAttachedTrack<Element extends HTMLMediaElement>(track: Track) {
  const ref = useRef<Element>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    track.attach(element);
    return () => {
      track.detach(element);
    };
  }, [track]);
  return ref;
}

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
  const ref = useAttachedTrack<HTMLVideoElement>(track);
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
  const ref = useAttachedTrack<HTMLAudioElement>(track);
  // biome-ignore lint/a11y/useMediaCaption: live speech from the room; there is no caption track to give.
  return <audio ref={ref} autoPlay hidden />;
}
