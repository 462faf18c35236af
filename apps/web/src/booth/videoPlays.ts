/**
 * "First play only": a visitor who pauses and plays again, or replays the video,
 * has still watched it once in this page view, so only the first `play` counts.
 */

/** What was played: the booth's presentation, or one of its video materials. */
export function playKey(pageView: string, exhibitorId: string, materialId?: string): string {
  return `${pageView}:${exhibitorId}:${materialId ?? "presentation"}`;
}

/** Remembers what was played; `first(key)` is true only the first time it sees `key`. */
export function createPlayOnce() {
  const seen = new Set<string>();
  return {
    first(key: string): boolean {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  };
}
