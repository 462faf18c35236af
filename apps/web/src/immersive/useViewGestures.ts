/**
 * Drag, pinch and wheel on a viewer's stage, as deltas: one pointer drags, two pinch (the change of
 * their distance as a factor), the wheel zooms. The stage needs `touch-action: none`.
 */
import { type RefObject, useEffect, useRef } from "react";

export interface GestureHandlers {
  onDrag(dx: number, dy: number, element: HTMLElement): void;
  /** > 1 when the fingers spread (zoom in), < 1 when they close. */
  onPinch(factor: number): void;
  onWheel(deltaY: number): void;
}

export function useViewGestures(ref: RefObject<HTMLElement | null>, handlers: GestureHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let pinchDistance = 0;
    const distance = () => {
      const [a, b] = [...pointers.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0 && event.pointerType === "mouse") return;
      // Links and buttons over the canvas keep their own clicks.
      if ((event.target as Element).closest("a, button")) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      element.setPointerCapture?.(event.pointerId);
      pinchDistance = distance();
    };
    const onMove = (event: PointerEvent) => {
      const last = pointers.get(event.pointerId);
      if (!last) return;
      const next = { x: event.clientX, y: event.clientY };
      pointers.set(event.pointerId, next);
      if (pointers.size === 1) {
        latest.current.onDrag(next.x - last.x, next.y - last.y, element);
      } else if (pointers.size === 2) {
        const now = distance();
        if (pinchDistance > 0 && now > 0) latest.current.onPinch(now / pinchDistance);
        pinchDistance = now;
      }
    };
    const onUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      pinchDistance = distance();
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      latest.current.onWheel(event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY);
    };
    element.addEventListener("pointerdown", onDown);
    element.addEventListener("pointermove", onMove);
    element.addEventListener("pointerup", onUp);
    element.addEventListener("pointercancel", onUp);
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => {
      element.removeEventListener("pointerdown", onDown);
      element.removeEventListener("pointermove", onMove);
      element.removeEventListener("pointerup", onUp);
      element.removeEventListener("pointercancel", onUp);
      element.removeEventListener("wheel", onWheel);
    };
  }, [ref]);
}
