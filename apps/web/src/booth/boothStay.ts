/**
 * A stay at a booth page, for the exhibitor's "time at the booth": it starts when the page shows,
 * and ends once, when the page goes (unmounted, or the tab hidden for good); a page restored from
 * the back-forward cache starts a new stay. The server caps what it is told by the time since the
 * visit, so this only has to be honest, not exact.
 */
import superjson from "superjson";

/** The tRPC address the beacon posts to (the same procedure the client calls). */
export const BOOTH_LEAVE_URL = "/trpc/booth.leave";

export interface BoothStay {
  /** Ends the stay: its whole seconds, or null when it already ended (or lasted under a second). */
  end(now: number): number | null;
  /** Starts a new stay (the page came back). */
  restart(now: number): void;
}

export function createBoothStay(startedAt: number): BoothStay {
  let start = startedAt;
  let ended = false;
  return {
    end(now) {
      if (ended) return null;
      ended = true;
      const seconds = Math.floor((now - start) / 1000);
      return seconds >= 1 ? seconds : null;
    },
    restart(now) {
      start = now;
      ended = false;
    },
  };
}

/** The body of a single tRPC call of booth.leave, as the app's client (superjson) sends it. */
export function boothLeaveBody(exhibitorId: string, seconds: number): string {
  return JSON.stringify(superjson.serialize({ exhibitorId, seconds }));
}
