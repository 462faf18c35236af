/**
 * Where a popup goes: centred above its anchor point, below it when there is no
 * room above, and moved sideways or up/down to stay inside the visible area.
 * All rectangles are in viewport pixels.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Which side of the anchor the popup ended up on (for the arrow). */
  side: "above" | "below";
}

/** Moves [start, start + size) into [lo, hi); a span larger than the room starts at lo. */
function fit(start: number, size: number, lo: number, hi: number): number {
  if (size >= hi - lo) return lo;
  return Math.min(Math.max(start, lo), hi - size);
}

/** The part of `a` inside `b`, or `b` when they do not meet. */
function intersect(a: Box, b: Box): Box {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : b;
}

/**
 * Places a popup of `size` at `anchor`, inside `viewport` shrunk by `margin`; when
 * `container` is given and the popup fits within it, inside the container too (a
 * container that clips its overflow would cut the popup otherwise).
 */
export function placePopup(options: {
  anchor: { x: number; y: number };
  /** The height of what the anchor tops (a booth on screen): a popup below clears it. */
  anchorHeight?: number;
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  container?: Box;
  gap?: number;
  margin?: number;
}): Placement {
  const { anchor, size, gap = 12, margin = 8 } = options;
  const below = anchor.y + Math.max(0, options.anchorHeight ?? 0) + gap;
  const screen: Box = {
    left: margin,
    top: margin,
    width: Math.max(0, options.viewport.width - 2 * margin),
    height: Math.max(0, options.viewport.height - 2 * margin),
  };
  const inner = options.container ? intersect(options.container, screen) : screen;
  const xRoom = size.width <= inner.width ? inner : screen;
  const yRoom = size.height <= inner.height ? inner : screen;
  const above = anchor.y - gap - size.height;
  const side = above >= yRoom.top || below + size.height > yRoom.top + yRoom.height ? "above" : "below";
  const top = side === "above" ? above : below;
  return {
    left: fit(anchor.x - size.width / 2, size.width, xRoom.left, xRoom.left + xRoom.width),
    top: fit(top, size.height, yRoom.top, yRoom.top + yRoom.height),
    side,
  };
}
