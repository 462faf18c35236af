/**
 * The plan's camera as an SVG viewBox in floor metres: fit, zoom about a point,
 * pan, and bring a booth into sight, always inside the floor and never closer
 * than a few booths across.
 */
export interface View {
  x: number;
  z: number;
  width: number;
  height: number;
}

export interface FloorSize {
  width: number;
  depth: number;
}

/** The closest zoom shows this many metres across (about three small booths). */
export const MIN_SPAN = 10;
/** Metres of margin around the floor in the whole-floor view. */
const PAD = 2;

function usable(size: number, fallback: number): number {
  return Number.isFinite(size) && size > 0 ? size : fallback;
}

/** The whole floor with a small margin: the view to start from and the farthest one. */
export function fitView(floor: FloorSize): View {
  const width = usable(floor.width, 40);
  const depth = usable(floor.depth, 30);
  return { x: -PAD, z: -PAD, width: width + 2 * PAD, height: depth + 2 * PAD };
}

/** Keeps the view's size between the closest zoom and the whole floor, and the view over the floor. */
export function clampView(view: View, floor: FloorSize): View {
  const full = fitView(floor);
  const minScale = Math.min(1, MIN_SPAN / Math.min(full.width, full.height));
  const scale = Math.min(1, Math.max(minScale, view.width / full.width));
  const width = full.width * scale;
  const height = full.height * scale;
  const clamp = (v: number, lo: number, span: number) => Math.min(Math.max(v, lo), lo + span);
  return {
    x: clamp(Number.isFinite(view.x) ? view.x : full.x, full.x, full.width - width),
    z: clamp(Number.isFinite(view.z) ? view.z : full.z, full.z, full.height - height),
    width,
    height,
  };
}

/** Zooms by `factor` (above 1 is closer) keeping `focus` (floor metres) where it is on screen. */
export function zoomView(
  view: View,
  factor: number,
  focus: { x: number; z: number },
  floor: FloorSize,
): View {
  const next = clampView({ ...view, width: view.width / factor, height: view.height / factor }, floor);
  const kx = next.width / view.width;
  const kz = next.height / view.height;
  return clampView(
    {
      x: focus.x - (focus.x - view.x) * kx,
      z: focus.z - (focus.z - view.z) * kz,
      width: next.width,
      height: next.height,
    },
    floor,
  );
}

/** Moves the view by floor metres. */
export function panView(view: View, dx: number, dz: number, floor: FloorSize): View {
  return clampView({ ...view, x: view.x + dx, z: view.z + dz }, floor);
}

/** The view moved as little as possible so the rectangle (plus `margin`) is in it. */
export function revealRect(
  view: View,
  rect: { x: number; z: number; width: number; depth: number },
  floor: FloorSize,
  margin = 2,
): View {
  const shift = (start: number, span: number, lo: number, size: number) => {
    if (size + 2 * margin > span) return lo + size / 2 - span / 2;
    if (lo - margin < start) return lo - margin;
    if (lo + size + margin > start + span) return lo + size + margin - span;
    return start;
  };
  const sized = clampView(view, floor);
  return clampView(
    {
      ...sized,
      x: shift(sized.x, sized.width, rect.x, rect.width),
      z: shift(sized.z, sized.height, rect.z, rect.depth),
    },
    floor,
  );
}

/** Whether the view shows the whole floor (so there is nothing to pan). */
export function isWholeFloor(view: View, floor: FloorSize): boolean {
  return view.width >= fitView(floor).width - 1e-6;
}

/**
 * Where a floor point appears in an element of `box` px showing `view` with
 * preserveAspectRatio "xMidYMid meet" (the view is scaled to fit and centred).
 */
export function floorToBox(
  view: View,
  box: { width: number; height: number },
  point: { x: number; z: number },
): { left: number; top: number } {
  const scale = Math.min(box.width / view.width, box.height / view.height);
  const offsetX = (box.width - view.width * scale) / 2;
  const offsetY = (box.height - view.height * scale) / 2;
  return { left: offsetX + (point.x - view.x) * scale, top: offsetY + (point.z - view.z) * scale };
}

/**
 * Where the popup of a booth points (the middle of its top edge, in px of the map
 * box), or null when the booth is out of sight; a booth cut by the top edge points
 * at the edge.
 */
export function popupAnchor(
  view: View,
  box: { width: number; height: number },
  booth: { x: number; z: number; width: number; depth: number },
): { left: number; top: number; height: number } | null {
  if (box.width <= 0 || box.height <= 0) return null;
  const top = floorToBox(view, box, { x: booth.x + booth.width / 2, z: booth.z });
  const bottom = floorToBox(view, box, { x: booth.x, z: booth.z + booth.depth }).top;
  const visible = top.left >= 0 && top.left <= box.width && bottom > 0 && top.top < box.height;
  if (!visible) return null;
  const clipped = Math.max(0, top.top);
  return { left: top.left, top: clipped, height: Math.min(bottom, box.height) - clipped };
}
