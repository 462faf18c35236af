/**
 * A visitor's time in a tour, for the exhibitor's leads: how long (the booth's stay rules: it ends
 * once, a page restored from the back-forward cache starts again) and how many panoramas they saw.
 */

import { MAX_PANORAMAS_PER_EXHIBITOR } from "@pavilion/schema";
import superjson from "superjson";
import { createBoothStay } from "../booth/boothStay.ts";

/** The tRPC address the leave beacon posts to (the procedure the client calls otherwise). */
export const TOUR_LEFT_URL = "/trpc/immersive.tourLeft";

export interface TourLeft {
  seconds: number;
  panoramasSeen: number;
}

export interface TourVisit {
  /** A panorama came into view. */
  saw(panoramaId: string): void;
  /** Ends the visit: what to record, or null when it already ended or lasted under a second. */
  end(now: number): TourLeft | null;
  restart(now: number): void;
}

export function createTourVisit(startedAt: number, firstPanoramaId: string | null): TourVisit {
  const stay = createBoothStay(startedAt);
  const seen = new Set<string>(firstPanoramaId ? [firstPanoramaId] : []);
  return {
    saw(panoramaId) {
      seen.add(panoramaId);
    },
    end(now) {
      const seconds = stay.end(now);
      if (seconds === null) return null;
      return { seconds, panoramasSeen: Math.min(MAX_PANORAMAS_PER_EXHIBITOR, Math.max(1, seen.size)) };
    },
    restart(now) {
      stay.restart(now);
      seen.clear();
    },
  };
}

/** The body of one tRPC call of immersive.tourLeft, as the app's client (superjson) sends it. */
export function tourLeftBody(exhibitorId: string, left: TourLeft): string {
  return JSON.stringify(superjson.serialize({ exhibitorId, ...left }));
}
