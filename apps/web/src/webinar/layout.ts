/**
 * Where each video goes on the webinar's stage: a shared screen takes the main area (the slides
 * come first) and the speaker's camera moves to a small tile; without a screen the speaker's
 * camera is the main picture. Guests on stage are extra tiles.
 */

export type FeedSource = "camera" | "screen";

/** What the layout needs to know of a video in the room. */
export interface FeedLike {
  source: FeedSource;
  /** Published by one of the event's hosts (not a guest brought on stage). */
  host: boolean;
}

export interface StageLayout<Feed> {
  /** The big picture; null when nobody shows video. */
  main: Feed | null;
  /** Small tiles beside or under it, the speakers' cameras first. */
  tiles: Feed[];
}

/** Hosts before guests; otherwise in the order given (the order people joined). */
function hostsFirst<Feed extends FeedLike>(feeds: readonly Feed[]): Feed[] {
  return [...feeds.filter((feed) => feed.host), ...feeds.filter((feed) => !feed.host)];
}

/** Arranges the room's videos (muted ones left out by the caller) into a main picture and tiles. */
export function arrangeStage<Feed extends FeedLike>(feeds: readonly Feed[]): StageLayout<Feed> {
  const screens = hostsFirst(feeds.filter((feed) => feed.source === "screen"));
  const cameras = hostsFirst(feeds.filter((feed) => feed.source === "camera"));
  const [screen, ...otherScreens] = screens;
  if (screen) return { main: screen, tiles: [...cameras, ...otherScreens] };
  const [camera, ...otherCameras] = cameras;
  return { main: camera ?? null, tiles: otherCameras };
}
