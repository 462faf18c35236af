import { useEffect, useRef } from "react";
import { useTRPCClient } from "../trpc.ts";
import { createTourVisit, TOUR_LEFT_URL, type TourLeft, type TourVisit, tourLeftBody } from "./tourVisit.ts";

/** Posts the visit while the tab goes away: a beacon, or a fetch that outlives the page. */
function sendTourBeacon(exhibitorId: string, left: TourLeft) {
  const body = tourLeftBody(exhibitorId, left);
  const blob = new Blob([body], { type: "application/json" });
  if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon(TOUR_LEFT_URL, blob)) return;
  void fetch(TOUR_LEFT_URL, {
    ...{ method: "POST", keepalive: true, credentials: "include", body },
    headers: { "content-type": "application/json" },
  }).catch(() => undefined);
}

/**
 * Records a signed-in visitor's time in a tour and the panoramas they saw, when they leave it: on
 * unmount through the API client, on `pagehide` as a beacon (as the booth page's stay does).
 * Returns what to call when a panorama comes into view.
 */
export function useTourVisit(exhibitorId: string, panoramaId: string | null, enabled: boolean) {
  const client = useTRPCClient();
  const visit = useRef<TourVisit | null>(null);
  const current = useRef(panoramaId);
  current.current = panoramaId;

  useEffect(() => {
    if (!enabled) return;
    const tour = createTourVisit(Date.now(), current.current);
    visit.current = tour;
    const onPageHide = () => {
      const left = tour.end(Date.now());
      if (left) sendTourBeacon(exhibitorId, left);
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      tour.restart(Date.now());
      if (current.current) tour.saw(current.current);
    };
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      visit.current = null;
      const left = tour.end(Date.now());
      if (left) void client.immersive.tourLeft.mutate({ exhibitorId, ...left }).catch(() => undefined);
    };
    // Not keyed on the location: ?p= changes as the visitor walks round, and that is the same visit.
  }, [enabled, exhibitorId, client]);

  useEffect(() => {
    if (panoramaId) visit.current?.saw(panoramaId);
  }, [panoramaId]);
}
