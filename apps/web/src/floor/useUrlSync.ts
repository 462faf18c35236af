/**
 * Writes the visitor's place into the URL as they move (replace, at most every
 * 400 ms), so Back from a booth returns here. `flush` writes at once, before leaving.
 */
import type { ViewStore } from "@pavilion/floor/react";
import { useCallback, useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { writeView } from "./viewUrl.ts";

const EVERY_MS = 400;

export function useUrlSync(view: ViewStore): () => void {
  const navigate = useNavigate();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const write = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const v = view.get();
    const current = new URLSearchParams(window.location.search);
    const next = writeView(current, { x: v.x, z: v.z, yaw: v.yaw, mode: v.mode });
    if (next.toString() === current.toString()) return;
    navigate(`?${next}`, { replace: true, preventScrollReset: true, state: window.history.state?.usr });
  }, [view, navigate]);

  useEffect(() => {
    const unsubscribe = view.subscribe(() => {
      if (!timer.current) timer.current = setTimeout(write, EVERY_MS);
    });
    return () => {
      unsubscribe();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [view, write]);
  return write;
}
