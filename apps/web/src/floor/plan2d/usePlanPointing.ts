/**
 * Which booth of the map the visitor points at: by pointer (hover) or keyboard
 * (focus), the booth whose popup shows (hover wins; Escape hides it until the
 * next move), and the roving tab stop.
 */
import type { FloorBooth } from "@pavilion/schema";
import { type FocusEvent, useState } from "react";
import type { BoothIndex } from "./neighbour.ts";

/** The booth id of an event target inside a booth's group, if any. */
export function boothIdOf(target: EventTarget | null): string | null {
  return target instanceof Element
    ? (target.closest("[data-booth]")?.getAttribute("data-booth") ?? null)
    : null;
}

export function usePlanPointing(
  index: BoothIndex,
  onPoint: (booth: FloorBooth | null) => void,
  onFocusBooth: (booth: FloorBooth) => void,
) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const byId = (id: string | null | undefined) => (id ? index.byId.get(id) : undefined);

  const handlers = {
    onFocus: (event: FocusEvent) => {
      const booth = byId(boothIdOf(event.target));
      if (!booth) return;
      setFocusId(booth.id);
      setActiveId(booth.id);
      setDismissed(false);
      onFocusBooth(booth);
      onPoint(booth);
    },
    onBlur: (event: FocusEvent) => {
      setFocusId(null);
      if (!boothIdOf(event.relatedTarget)) onPoint(byId(hoverId) ?? null);
    },
    onPointerOver: (event: { target: EventTarget }) => {
      const id = boothIdOf(event.target);
      if (id === hoverId) return;
      setHoverId(id);
      setDismissed(false);
      onPoint(byId(id) ?? byId(focusId) ?? null);
    },
    onPointerLeave: () => {
      setHoverId(null);
      onPoint(byId(focusId) ?? null);
    },
  };

  return {
    activeId,
    setActiveId,
    hovered: byId(hoverId),
    focused: byId(focusId),
    /** The booth whose popup shows. */
    shown: dismissed ? undefined : (byId(hoverId) ?? byId(focusId)),
    dismiss: () => setDismissed(true),
    handlers,
  };
}
