/**
 * The ground the editor's map pans over: the floor widened (or deepened) to the map
 * box's proportions, with the floor in its middle. Zoomed in, the view then fills
 * the whole box instead of a strip of the floor's shape.
 */

export interface Frame {
  width: number;
  depth: number;
  /** Where the floor's north-west corner lies in the frame (m). */
  offset: { x: number; z: number };
}

/** Metres around the floor in the whole view (as the visitor's plan has). */
const PAD = 2;

/** The frame for a floor shown in a box of `box` px; the floor itself while the box has no size. */
export function frameFor(
  floor: { width: number; depth: number },
  box: { width: number; height: number },
): Frame {
  const width = Math.max(floor.width, 1);
  const depth = Math.max(floor.depth, 1);
  if (!(box.width > 0 && box.height > 0)) return { width, depth, offset: { x: 0, z: 0 } };
  const aspect = box.width / box.height;
  // Sizes with the padding, rounded to whole metres so small resizes do not move the view.
  const framedWidth = Math.ceil(Math.max(width + 2 * PAD, (depth + 2 * PAD) * aspect)) - 2 * PAD;
  const framedDepth = Math.ceil(Math.max(depth + 2 * PAD, (width + 2 * PAD) / aspect)) - 2 * PAD;
  return {
    width: framedWidth,
    depth: framedDepth,
    offset: { x: (framedWidth - width) / 2, z: (framedDepth - depth) / 2 },
  };
}
