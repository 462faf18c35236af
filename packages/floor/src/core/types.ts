// Floor plane coordinates are metres: x to the east, z to the south, origin at the
// floor's north-west corner (the renderer's y is up). Rectangles are half-open,
// [x, x + width) × [z, z + depth), so two booths sharing a wall never both own it.

export type BoothSize = "small" | "medium" | "large";

/** The alley side a booth's open front (its entrance) faces. */
export type Facing = "north" | "south" | "east" | "west";

export interface Point {
  x: number;
  z: number;
}

export interface Rect {
  x: number;
  z: number;
  width: number;
  depth: number;
}

export interface Footprint {
  /** Extent along x (the frontage for a booth facing north or south). */
  width: number;
  /** Extent along z. */
  depth: number;
}

/**
 * Shell-scheme sizes: small and medium share a 4 m row depth so two rows sit back
 * to back in an 8 m block; a large booth (a pavilion) takes the block's full depth.
 */
export const BOOTH_FOOTPRINTS: Readonly<Record<BoothSize, Footprint>> = {
  small: { width: 3, depth: 4 },
  medium: { width: 6, depth: 4 },
  large: { width: 9, depth: 8 },
};

/** The order the layout places sizes in: larger booths take the ends of blocks first. */
export const BOOTH_SIZES: readonly BoothSize[] = ["large", "medium", "small"];

export interface BoothInput {
  id: string;
  size: BoothSize;
  /** The north-west corner an organiser placed the booth at; kept when it is valid. */
  pinned?: Point | null;
  /**
   * The north-west corner the booth stands at already (placed by an earlier layout);
   * kept when it is valid, so adding, moving or resizing one booth never moves the others.
   */
  standing?: Point | null;
}

export interface PlacedBooth extends Rect {
  id: string;
  size: BoothSize;
  facing: Facing;
  /** The middle of the open front, on the booth's edge. */
  entrance: Point;
  /** True when the booth stands where an organiser put it. */
  pinned: boolean;
}

/** An axis-aligned walkway: the segment is its centre line. */
export interface Alley {
  id: string;
  from: Point;
  to: Point;
  width: number;
}

export interface FloorLayout {
  width: number;
  depth: number;
  /** In input order (a repeated id keeps its first occurrence only). */
  booths: PlacedBooth[];
  alleys: Alley[];
  /** The areas between alleys where booths stand, row by row from the north-west. */
  blocks: Rect[];
  /** Ids whose pins could not be kept (on an alley, outside, overlapping); they flowed. */
  unpinned: string[];
}

export interface LayoutOptions {
  /** Length of a block along x in metres (default 36; at least the largest booth width). */
  blockLength?: number;
  /** Width of the north–south alleys between block columns (default 6). */
  mainAlleyWidth?: number;
  /** Width of the east–west alleys between block rows, which most booths face (default 4). */
  crossAlleyWidth?: number;
  /** Width of the alley around the hall (default 6). */
  perimeterWidth?: number;
}
