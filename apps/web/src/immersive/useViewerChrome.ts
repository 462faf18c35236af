/** What both viewers have around their canvas: full screen, and a calm spoken line about the turn. */
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

/** Full screen on `ref`'s element: whether it is, and a toggle (Esc leaves it natively). */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState(false);
  const supported = typeof document !== "undefined" && Boolean(document.fullscreenEnabled);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement === ref.current && ref.current !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [ref]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void ref.current?.requestFullscreen().catch(() => undefined);
  }, [ref]);
  return { supported, active, toggle };
}

/** A polite live-region text that says only where a turn came to rest (not every step of a drag). */
export function useCalmAnnouncement(delayMs = 700) {
  const [text, setText] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback(
    (next: string) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setText(next), delayMs);
    },
    [delayMs],
  );
  return { text, announce };
}
