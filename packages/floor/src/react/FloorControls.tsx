// Pointer and keyboard on the floor: hover picks from the layout, a click enters a
// booth or walks to a point on an alley, a drag looks around, keys walk.
import { useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import type { Picker } from "../core/picking.ts";
import type { FloorLayout, PlacedBooth } from "../core/types.ts";
import { isMoveKey } from "./motion.ts";
import { pickAlongRay } from "./pickRay.ts";
import { pointerRay } from "./pointerRay.ts";
import { clamp, PITCH_LIMITS, TILT_LIMITS, ZOOM_LIMITS } from "./view.ts";
import type { ViewStore } from "./viewStore.ts";
import { alleyWalk, onAlley } from "./walkTo.ts";

export interface FloorControlsProps {
  target: HTMLElement | null;
  view: ViewStore;
  layout: FloorLayout;
  picker: Picker;
  /** The booth under the pointer changed (null: none), with the pointer's client position. */
  onHover(booth: PlacedBooth | null, clientX: number, clientY: number): void;
  onOpen(booth: PlacedBooth): void;
  /** Enter pressed on the floor (the page knows which booth is in front). */
  onEnter?(): void;
}

const DRAG_PX = 5;
const HOVER_MOVE_PX = 40;

export function FloorControls(props: FloorControlsProps) {
  const camera = useThree((s) => s.camera);
  const latest = useRef(props);
  latest.current = props;
  const { target, view } = props;

  useEffect(() => {
    if (!target) return;
    const drag = { id: -1, x: 0, y: 0, moved: false };
    const hover = { id: "", x: 0, y: 0 };
    const pickAt = (e: PointerEvent) => {
      const { picker } = latest.current;
      return pickAlongRay(picker, pointerRay(camera, target.getBoundingClientRect(), e.clientX, e.clientY));
    };
    const setHover = (booth: PlacedBooth | null, e: { clientX: number; clientY: number }) => {
      const id = booth?.id ?? "";
      const far = Math.hypot(e.clientX - hover.x, e.clientY - hover.y) > HOVER_MOVE_PX;
      if (id === hover.id && (!booth || !far)) return;
      Object.assign(hover, { id, x: e.clientX, y: e.clientY });
      target.style.cursor = booth ? "pointer" : "";
      latest.current.onHover(booth, e.clientX, e.clientY);
    };
    const down = (e: PointerEvent) => {
      if (e.button !== 0) return;
      Object.assign(drag, { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false });
      target.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (drag.id !== e.pointerId) {
        if (e.pointerType === "mouse") setHover(pickAt(e).booth, e);
        return;
      }
      if (!drag.moved && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < DRAG_PX) return;
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      Object.assign(drag, { x: e.clientX, y: e.clientY, moved: true });
      setHover(null, e);
      const v = view.get();
      if (v.mode === "walk")
        view.set({ yaw: v.yaw - dx * 0.004, pitch: clamp(v.pitch + dy * 0.003, ...PITCH_LIMITS) });
      else view.set({ yaw: v.yaw - dx * 0.004, tilt: clamp(v.tilt + dy * 0.004, ...TILT_LIMITS) });
    };
    const up = (e: PointerEvent) => {
      if (drag.id !== e.pointerId) return;
      drag.id = -1;
      if (drag.moved) return;
      const hit = pickAt(e);
      const { layout, onOpen } = latest.current;
      if (hit.booth) onOpen(hit.booth);
      else if (hit.floor && onAlley(layout, hit.floor))
        view.walkAlong(alleyWalk(layout, view.get(), hit.floor));
    };
    const cancel = () => {
      drag.id = -1;
    };
    const leave = (e: PointerEvent) => setHover(null, e);
    const wheel = (e: WheelEvent) => {
      const v = view.get();
      if (v.mode !== "overview") return;
      e.preventDefault();
      view.set({ zoom: clamp(v.zoom * Math.exp(e.deltaY * 0.0012), ...ZOOM_LIMITS) });
    };
    const keyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (isMoveKey(e.code) || e.code.startsWith("Shift")) {
        if (isMoveKey(e.code)) e.preventDefault();
        view.motion.keys.add(e.code);
        view.set({});
      } else if (e.code === "KeyO") {
        view.setMode(view.get().mode === "walk" ? "overview" : "walk");
      } else if (e.key === "Enter") {
        latest.current.onEnter?.();
      }
    };
    const keyUp = (e: KeyboardEvent) => {
      view.motion.keys.delete(e.code);
    };
    const blur = () => view.motion.keys.clear();
    const listeners: [string, EventListener, AddEventListenerOptions?][] = [
      ["pointerdown", down as EventListener],
      ["pointermove", move as EventListener],
      ["pointerup", up as EventListener],
      ["pointercancel", cancel],
      ["pointerleave", leave as EventListener],
      ["wheel", wheel as EventListener, { passive: false }],
      ["keydown", keyDown as EventListener],
      ["keyup", keyUp as EventListener],
      ["blur", blur],
    ];
    for (const [type, fn, options] of listeners) target.addEventListener(type, fn, options);
    return () => {
      for (const [type, fn] of listeners) target.removeEventListener(type, fn);
      view.motion.keys.clear();
    };
  }, [target, view, camera]);
  return null;
}
