/**
 * An organiser's unsaved change to one booth: where its north-west corner goes and
 * what size it takes. Pure functions: nudging by keys, snapping a drag to whole
 * metres, judging the target like the server does, and the request that saves it.
 */
import { BOOTH_FOOTPRINTS, type BoothSize, type PlacementProblem, placementProblem } from "@pavilion/floor";
import type { FloorBooth, FloorPlan } from "@pavilion/schema";

export interface Draft {
  boothId: string;
  x: number;
  z: number;
  size: BoothSize;
}

export type Nudge = "up" | "down" | "left" | "right";

/** Metres an arrow key moves a booth, and with Shift held. */
export const STEP = 1;
export const BIG_STEP = 5;

/** The booth as it stands, as a draft with no change. */
export function draftOf(booth: FloorBooth): Draft {
  return { boothId: booth.id, x: booth.x, z: booth.z, size: booth.size };
}

/** Whether the draft differs from the booth as it stands. */
export function isChanged(draft: Draft, booth: FloorBooth): boolean {
  return draft.x !== booth.x || draft.z !== booth.z || draft.size !== booth.size;
}

/** The ground the booth would cover. */
export function draftRect(draft: Draft) {
  return { x: draft.x, z: draft.z, ...BOOTH_FOOTPRINTS[draft.size] };
}

/** The draft moved one step (or a big one) towards a side of the plan (up is north). */
export function nudge(draft: Draft, direction: Nudge, big: boolean): Draft {
  const step = big ? BIG_STEP : STEP;
  const dx = direction === "left" ? -step : direction === "right" ? step : 0;
  const dz = direction === "up" ? -step : direction === "down" ? step : 0;
  return { ...draft, x: draft.x + dx, z: draft.z + dz };
}

/** The draft with its corner where a drag puts it: the pointer less where the booth was grabbed, to whole metres. */
export function dragTo(
  draft: Draft,
  pointer: { x: number; z: number },
  grab: { x: number; z: number },
): Draft {
  return { ...draft, x: Math.round(pointer.x - grab.x), z: Math.round(pointer.z - grab.z) };
}

/** Why the server would refuse the draft (as it judges it), or null when it fits. */
export function draftProblem(plan: FloorPlan, draft: Draft): PlacementProblem | null {
  return placementProblem(plan, draft.boothId, draftRect(draft));
}

export type SaveRequest =
  | { kind: "move"; input: { exhibitorId: string; x: number; z: number } }
  | { kind: "resize"; input: { exhibitorId: string; size: BoothSize; at?: { x: number; z: number } } };

/** The API call that saves the draft: a resize (at the new corner when it moved too) or a move; null when nothing changed. */
export function saveRequest(draft: Draft, booth: FloorBooth): SaveRequest | null {
  if (!isChanged(draft, booth)) return null;
  const moved = draft.x !== booth.x || draft.z !== booth.z;
  if (draft.size !== booth.size) {
    const at = moved ? { x: draft.x, z: draft.z } : undefined;
    return {
      kind: "resize",
      input: { exhibitorId: booth.exhibitorId, size: draft.size, ...(at ? { at } : {}) },
    };
  }
  return { kind: "move", input: { exhibitorId: booth.exhibitorId, x: draft.x, z: draft.z } };
}
