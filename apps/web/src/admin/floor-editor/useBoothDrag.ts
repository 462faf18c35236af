/**
 * Dragging booths on the editor's plan: pressing a booth grabs it (and selects it),
 * moving the pointer moves its draft in whole metres with the grabbed point under
 * the pointer; pressing the floor pans instead (the handlers of usePanZoom).
 */
import { type PointerEvent, type RefObject, useRef } from "react";
import { boothIdOf } from "../../floor/plan2d/usePlanPointing.ts";
import { type Draft, dragTo } from "./draft.ts";

/** A pointer that moves less than this (px) after pressing a booth has not started a drag. */
const DRAG_SLOP = 4;

type SvgPointer = PointerEvent<SVGSVGElement>;

interface BoothDrag {
  pointerId: number;
  base: Draft;
  /** Where the pointer held the booth, from its north-west corner (m). */
  grab: { x: number; z: number };
  start: { x: number; y: number };
  moved: boolean;
}

export interface BoothDragOptions {
  /** The group drawn in floor metres: its transform turns screen points into floor points. */
  floorRef: RefObject<SVGGElement | null>;
  /** The draft a booth has now (its unsaved change, or where it stands). */
  draftFor: (boothId: string) => Draft | null;
  disabled: boolean;
  onGrab: (boothId: string) => void;
  onDraft: (draft: Draft) => void;
  onDrop: (boothId: string) => void;
  pan: Record<"onPointerDown" | "onPointerMove" | "onPointerUp" | "onPointerCancel", (e: SvgPointer) => void>;
}

/** The floor point under a pointer. */
function toFloor(floor: SVGGElement | null, clientX: number, clientY: number) {
  const ctm = floor?.getScreenCTM();
  if (!ctm) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  return { x: p.x, z: p.y };
}

/** Pointer handlers for the plan's <svg>. */
export function useBoothDrag({
  floorRef,
  draftFor,
  disabled,
  onGrab,
  onDraft,
  onDrop,
  pan,
}: BoothDragOptions) {
  const drag = useRef<BoothDrag | null>(null);
  return {
    onPointerDown: (event: SvgPointer) => {
      const id = boothIdOf(event.target);
      const base = id ? draftFor(id) : null;
      const at = toFloor(floorRef.current, event.clientX, event.clientY);
      if (!id || !base || !at || event.button !== 0 || disabled) return pan.onPointerDown(event);
      onGrab(id);
      drag.current = {
        pointerId: event.pointerId,
        base,
        grab: { x: at.x - base.x, z: at.z - base.z },
        start: { x: event.clientX, y: event.clientY },
        moved: false,
      };
    },
    onPointerMove: (event: SvgPointer) => {
      const d = drag.current;
      if (!d || d.pointerId !== event.pointerId) return pan.onPointerMove(event);
      if (!d.moved && Math.hypot(event.clientX - d.start.x, event.clientY - d.start.y) < DRAG_SLOP) return;
      if (!d.moved) event.currentTarget.setPointerCapture(event.pointerId);
      d.moved = true;
      const at = toFloor(floorRef.current, event.clientX, event.clientY);
      if (at) onDraft(dragTo(d.base, at, d.grab));
    },
    onPointerUp: (event: SvgPointer) => {
      const d = drag.current;
      if (!d || d.pointerId !== event.pointerId) return pan.onPointerUp(event);
      drag.current = null;
      onDrop(d.base.boothId);
    },
    onPointerCancel: (event: SvgPointer) => {
      if (drag.current?.pointerId === event.pointerId) drag.current = null;
      else pan.onPointerCancel(event);
    },
  };
}
