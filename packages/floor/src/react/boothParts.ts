// A shell-scheme booth as a few axis-aligned boxes and two sign quads, in floor
// metres. Booths differ only in footprint and facing, so every part of every booth
// goes into the same few instanced draws.
import type { Facing, PlacedBooth, Point } from "../core/types.ts";

export const WALL_HEIGHT = 2.5;
export const FASCIA_TOP = 2.95;
/** The tallest part of a booth: a pointer ray above this passes over it. */
export const BOOTH_HEIGHT = FASCIA_TOP;

export type PartKind = "carpet" | "back" | "left" | "right" | "fascia" | "counter";
export const PART_KINDS: readonly PartKind[] = ["carpet", "back", "left", "right", "fascia", "counter"];

export interface Box {
  kind: PartKind;
  /** Centre and full size along the world axes. */
  x: number;
  y: number;
  z: number;
  sx: number;
  sy: number;
  sz: number;
}

export interface Sign {
  /** Centre of the quad, just in front of the surface it is printed on. */
  x: number;
  y: number;
  z: number;
  width: number;
  height: number;
  /** Rotation about y that turns a quad facing +z to face the alley. */
  yaw: number;
}

/** The booth's own frame: where its open front is, which way it looks, how wide and deep. */
export interface BoothFrame {
  front: Point;
  /** Unit vector out of the booth, towards the alley. */
  out: Point;
  /** Unit vector along the front, left to right for someone facing the booth. */
  right: Point;
  frontage: number;
  depth: number;
}

const OUT: Record<Facing, Point> = {
  north: { x: 0, z: -1 },
  south: { x: 0, z: 1 },
  east: { x: 1, z: 0 },
  west: { x: -1, z: 0 },
};

export function boothFrame(b: PlacedBooth): BoothFrame {
  const out = OUT[b.facing];
  const alongX = out.x === 0;
  const front = {
    x: alongX ? b.x + b.width / 2 : out.x > 0 ? b.x + b.width : b.x,
    z: alongX ? (out.z > 0 ? b.z + b.depth : b.z) : b.z + b.depth / 2,
  };
  // Looking into the booth (along -out), the right hand points (out.z, -out.x).
  return {
    front,
    out,
    right: { x: out.z, z: -out.x },
    frontage: alongX ? b.width : b.depth,
    depth: alongX ? b.depth : b.width,
  };
}

/** A point `u` metres right of the front's middle and `v` metres into the booth. */
export function local(f: BoothFrame, u: number, v: number): Point {
  return { x: f.front.x + f.right.x * u - f.out.x * v, z: f.front.z + f.right.z * u - f.out.z * v };
}

function box(
  f: BoothFrame,
  kind: PartKind,
  u: number,
  v: number,
  su: number,
  sv: number,
  y0: number,
  y1: number,
): Box {
  const c = local(f, u, v);
  const acrossX = f.right.x !== 0;
  return {
    kind,
    x: c.x,
    y: (y0 + y1) / 2,
    z: c.z,
    sx: acrossX ? su : sv,
    sy: y1 - y0,
    sz: acrossX ? sv : su,
  };
}

/** The boxes of a booth, in PART_KINDS order. */
export function boothBoxes(b: PlacedBooth): Box[] {
  const f = boothFrame(b);
  const F = f.frontage;
  const D = f.depth;
  const wall = 0.1;
  const counter = Math.min(1.8, F * 0.45);
  return [
    box(f, "carpet", 0, D / 2, F - 0.04, D - 0.04, 0, 0.03),
    box(f, "back", 0, D - wall / 2, F, wall, 0, WALL_HEIGHT),
    box(f, "left", -F / 2 + wall / 2, D / 2, wall, D, 0, WALL_HEIGHT),
    box(f, "right", F / 2 - wall / 2, D / 2, wall, D, 0, WALL_HEIGHT),
    box(f, "fascia", 0, wall / 2, F, wall, WALL_HEIGHT - 0.05, FASCIA_TOP),
    box(f, "counter", F / 2 - counter / 2 - 0.45, 1.1, counter, 0.6, 0, 1.05),
  ];
}

function sign(f: BoothFrame, u: number, v: number, y: number, width: number, height: number): Sign {
  const c = local(f, u, v);
  return { x: c.x, y, z: c.z, width, height, yaw: Math.atan2(f.out.x, f.out.z) };
}

/** Where the logo is printed: on the inside of the back wall and at the left of the fascia. */
export function logoSigns(b: PlacedBooth): [Sign, Sign] {
  const f = boothFrame(b);
  const wallLogo = Math.min(1.5, f.frontage - 0.8, WALL_HEIGHT - 0.9);
  const fasciaLogo = FASCIA_TOP - WALL_HEIGHT - 0.02;
  return [
    sign(f, 0, f.depth - 0.11, 1.55, wallLogo, wallLogo),
    sign(
      f,
      -f.frontage / 2 + 0.12 + fasciaLogo / 2,
      -0.01,
      (WALL_HEIGHT + FASCIA_TOP - 0.05) / 2,
      fasciaLogo,
      fasciaLogo,
    ),
  ];
}

/** The name board on the fascia, to the right of the logo; `aspect` is the name cell's width/height. */
export function nameSign(b: PlacedBooth, aspect: number): Sign {
  const f = boothFrame(b);
  const logo = FASCIA_TOP - WALL_HEIGHT - 0.02;
  const room = f.frontage - logo - 0.36;
  const height = Math.min(logo, room / aspect);
  const width = height * aspect;
  const left = -f.frontage / 2 + 0.12 + logo + 0.12;
  return sign(f, left + width / 2, -0.01, (WALL_HEIGHT + FASCIA_TOP - 0.05) / 2, width, height);
}
