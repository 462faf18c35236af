/**
 * Zoom and pan of the plan: the wheel zooms about the pointer, a drag pans (and
 * then does not count as a click), buttons and keys zoom about a given point.
 */
import type { FloorPlan } from "@pavilion/schema";
import { type PointerEvent, type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { clampView, fitView, isWholeFloor, MIN_SPAN, panView, type View, zoomView } from "./view.ts";

/** A drag shorter than this (px) is still a click. */
const DRAG_SLOP = 5;

type Floor = Pick<FloorPlan, "width" | "depth">;

function toFloor(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; z: number } | null {
  const ctm = svg.getScreenCTM();
  if (!ctm) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  return { x: p.x, z: p.y };
}

export function usePanZoom(floor: Floor, svgRef: RefObject<SVGSVGElement | null>) {
  const { width, depth } = floor;
  const [view, setView] = useState<View>(() => fitView(floor));
  const drag = useRef<{ id: number; x: number; y: number; moved: boolean } | null>(null);
  const clickBlocked = useRef(false);

  // A different floor (or a resized one) starts from the whole-floor view.
  useEffect(() => setView(fitView({ width, depth })), [width, depth]);

  const zoom = useCallback(
    (factor: number, focus?: { x: number; z: number }) =>
      setView((v) => {
        const at = focus ?? { x: v.x + v.width / 2, z: v.z + v.height / 2 };
        return zoomView(v, factor, at, { width, depth });
      }),
    [width, depth],
  );
  const reset = useCallback(() => setView(fitView({ width, depth })), [width, depth]);
  const reveal = useCallback(
    (next: (v: View) => View) => setView((v) => clampView(next(v), { width, depth })),
    [width, depth],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // Not a React handler: React listens to wheel passively, and the page must not scroll.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      const factor = Math.exp(-event.deltaY * unit * 0.0015);
      zoom(factor, toFloor(svg, event.clientX, event.clientY) ?? undefined);
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [svgRef, zoom]);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    clickBlocked.current = false;
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    const ctm = event.currentTarget.getScreenCTM();
    if (!d || d.id !== event.pointerId || !ctm) return;
    const dx = event.clientX - d.x;
    const dy = event.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < DRAG_SLOP) return;
    if (!d.moved) event.currentTarget.setPointerCapture(event.pointerId);
    d.moved = true;
    d.x = event.clientX;
    d.y = event.clientY;
    setView((v) => panView(v, -dx / ctm.a, -dy / ctm.d, { width, depth }));
  };
  const onPointerEnd = (event: PointerEvent<SVGSVGElement>) => {
    if (drag.current?.id !== event.pointerId) return;
    clickBlocked.current = drag.current.moved;
    drag.current = null;
  };

  const full = fitView(floor);
  return {
    view,
    zoom,
    reset,
    reveal,
    whole: isWholeFloor(view, floor),
    closest: Math.min(view.width, view.height) <= Math.min(MIN_SPAN, full.width, full.height) + 1e-6,
    /** True once for the click that ends a drag, which must not open a booth. */
    takeBlockedClick: () => {
      const blocked = clickBlocked.current;
      clickBlocked.current = false;
      return blocked;
    },
    pointerHandlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
    },
  };
}
