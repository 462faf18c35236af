import { useEffect } from "react";
import { useLocation } from "react-router";
import { useTRPCClient } from "../trpc.ts";
import { BOOTH_LEAVE_URL, boothLeaveBody, createBoothStay } from "./boothStay.ts";

/** Posts the stay while the tab goes away: a beacon, or a fetch that outlives the page. */
function sendLeaveBeacon(exhibitorId: string, seconds: number) {
  const body = boothLeaveBody(exhibitorId, seconds);
  const blob = new Blob([body], { type: "application/json" });
  if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon(BOOTH_LEAVE_URL, blob)) return;
  void fetch(BOOTH_LEAVE_URL, {
    ...{ method: "POST", keepalive: true, credentials: "include", body },
    headers: { "content-type": "application/json" },
  }).catch(() => undefined);
}

/**
 * Records how long a signed-in visitor stayed on a booth page, when they leave it: on unmount
 * (another page of the app) through the API client, and on `pagehide` (the tab closed or left for
 * another site) as a beacon. Nothing when `enabled` is false (signed out, or a preview).
 */
export function useRecordLeave(exhibitorId: string, enabled: boolean) {
  const client = useTRPCClient();
  // A new history entry (another booth, or the same one again) is a new stay.
  const pageView = useLocation().key;

  useEffect(() => {
    if (!enabled) return;
    const stay = createBoothStay(Date.now());
    const onPageHide = () => {
      const seconds = stay.end(Date.now());
      if (seconds !== null) sendLeaveBeacon(exhibitorId, seconds);
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) stay.restart(Date.now());
    };
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      const seconds = stay.end(Date.now());
      if (seconds !== null) void client.booth.leave.mutate({ exhibitorId, seconds }).catch(() => undefined);
    };
  }, [enabled, exhibitorId, pageView, client]);
}
