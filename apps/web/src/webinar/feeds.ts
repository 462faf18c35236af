/** The videos and sounds in a webinar's room now, read from livekit-client's room. */
import { type AudioTrack, type Participant, type Room, Track, type VideoTrack } from "livekit-client";
import { roleOf } from "../live/room/presence.ts";
import type { FeedLike, FeedSource } from "./layout.ts";

/** One video to show: whose, which kind, and the track to attach. */
export interface VideoFeed extends FeedLike {
  /** Stable across renders: the participant and the source. */
  key: string;
  identity: string;
  name: string;
  local: boolean;
  track: VideoTrack;
}

/** One sound to play (remote only: nobody hears themselves). */
export interface AudioFeed {
  key: string;
  track: AudioTrack;
}

export interface RoomMedia {
  videos: VideoFeed[];
  sounds: AudioFeed[];
  /** A host publishes camera, microphone or screen now (muted or not): the webinar is on air. */
  onAir: boolean;
}

const VIDEO_SOURCES: Partial<Record<Track.Source, FeedSource>> = {
  [Track.Source.Camera]: "camera",
  [Track.Source.ScreenShare]: "screen",
};

/** A host is anyone the API did not let in as a visitor; a visitor publishes only on stage. */
function isHost(participant: Participant): boolean {
  const role = roleOf(participant.metadata);
  return role !== null && role !== "visitor";
}

/** Everything in the room worth showing or playing, in the order people joined (oneself first). */
export function roomMedia(room: Room): RoomMedia {
  const people: Participant[] = [room.localParticipant, ...room.remoteParticipants.values()];
  const videos: VideoFeed[] = [];
  const sounds: AudioFeed[] = [];
  let onAir = false;
  for (const participant of people) {
    const host = isHost(participant);
    const local = participant === room.localParticipant;
    for (const publication of participant.getTrackPublications()) {
      if (host) onAir = true;
      const source = VIDEO_SOURCES[publication.source];
      const key = `${participant.identity}:${publication.source}:${publication.trackSid}`;
      const { videoTrack, audioTrack } = publication;
      if (source && videoTrack && !publication.isMuted) {
        const name = participant.name ?? "";
        videos.push({ key, source, host, identity: participant.identity, name, local, track: videoTrack });
      } else if (audioTrack && !local) {
        sounds.push({ key, track: audioTrack });
      }
    }
  }
  return { videos, sounds, onAir };
}
