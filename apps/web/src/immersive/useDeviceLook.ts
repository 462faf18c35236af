/**
 * Looking round a panorama by turning the phone: offered only where the browser has
 * DeviceOrientationEvent, with permission asked first on iOS. The turn counts from where the
 * phone pointed when it was switched on, so the view does not jump.
 */
import { useCallback, useEffect, useState } from "react";
import { clamp, wrapDegrees } from "./angles.ts";
import type { ViewStore } from "./viewStore.ts";
import { LOOK_LIMITS, type LookView } from "./views.ts";

type OrientationWithPermission = typeof DeviceOrientationEvent & {
  requestPermission?: () => Promise<"granted" | "denied">;
};

export function useDeviceLook(view: ViewStore<LookView>) {
  // Desktop browsers have the event too, but nothing turns them: offered on touch screens only.
  const supported =
    typeof window !== "undefined" &&
    "DeviceOrientationEvent" in window &&
    (window.matchMedia?.("(pointer: coarse)").matches ?? false);
  const [active, setActive] = useState(false);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    if (!active) return;
    let start: { alpha: number; yaw: number } | null = null;
    const onOrientation = (event: DeviceOrientationEvent) => {
      if (event.alpha === null || event.beta === null) return;
      start ??= { alpha: event.alpha, yaw: view.get().yaw };
      // alpha grows as the phone turns left; a phone held upright has beta 90.
      const yaw = wrapDegrees(start.yaw - (event.alpha - start.alpha));
      const pitch = clamp(event.beta - 90, -LOOK_LIMITS.pitch, LOOK_LIMITS.pitch);
      view.set({ ...view.get(), yaw, pitch });
    };
    window.addEventListener("deviceorientation", onOrientation);
    return () => window.removeEventListener("deviceorientation", onOrientation);
  }, [active, view]);

  const toggle = useCallback(() => {
    if (active) {
      setActive(false);
      return;
    }
    const ask = (DeviceOrientationEvent as OrientationWithPermission).requestPermission;
    if (typeof ask !== "function") {
      setActive(true);
      return;
    }
    ask()
      .then((answer) => {
        setDenied(answer !== "granted");
        setActive(answer === "granted");
      })
      .catch(() => setDenied(true));
  }, [active]);

  return { supported, active, denied, toggle };
}
