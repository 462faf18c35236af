/** The maquette's landscaping: flocked lawns, paved paths and a plaza, foam trees on wire trunks. */
import { circleOutline, cylinder, type Geometry, lathe, moved, prism } from "./mesh.ts";

export interface Site {
  lawns: Geometry[];
  paths: Geometry[];
  crowns: Geometry[];
  trunks: Geometry[];
}

/** A rectangle with cut corners, counter-clockwise seen from above. */
function softRect(x0: number, z0: number, x1: number, z1: number, cut = 0.02): [number, number][] {
  return [
    [x1 - cut, z0],
    [x0 + cut, z0],
    [x0, z0 + cut],
    [x0, z1 - cut],
    [x0 + cut, z1],
    [x1 - cut, z1],
    [x1, z1 - cut],
    [x1, z0 + cut],
  ];
}

/** A repeatable stream of numbers in [0, 1), so the trees stand the same on every build. */
function stream(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const ROUND_CROWN: [number, number][] = [
  [0, 0],
  [0.6, 0.08],
  [0.95, 0.3],
  [1, 0.55],
  [0.8, 0.82],
  [0.4, 0.97],
  [0, 1],
];
const CONE_CROWN: [number, number][] = [
  [0, 0],
  [1, 0.1],
  [0.7, 0.45],
  [0.45, 0.75],
  [0, 1],
];

function tree(site: Site, x: number, z: number, ground: number, size: number, conifer: boolean): void {
  const trunk = 0.018 * size;
  site.trunks.push(moved(cylinder(0.0028, trunk + 0.004, 6), [x, ground, z]));
  const crown = conifer ? lathe(CONE_CROWN, 8) : lathe(ROUND_CROWN, 9);
  const [r, h] = conifer ? [0.016 * size, 0.06 * size] : [0.022 * size, 0.042 * size];
  site.crowns.push(moved(crown, [x, ground + trunk, z], [r, h, r]));
}

/** Lawns, paths and trees around the L-shaped building on the 1 × 0.8 plate. */
export function landscape(ground: number): Site {
  const site: Site = { lawns: [], paths: [], crowns: [], trunks: [] };
  const lawn = (outline: [number, number][]) => site.lawns.push(prism(outline, ground, ground + 0.003));
  const path = (outline: [number, number][]) => site.paths.push(prism(outline, ground, ground + 0.0015));
  lawn(softRect(-0.47, -0.09, -0.12, 0.27, 0.04));
  lawn(softRect(0.28, -0.16, 0.47, 0.27, 0.03));
  lawn(softRect(-0.47, -0.38, 0.47, -0.3, 0.02));
  lawn(softRect(-0.06, 0.14, 0.24, 0.27, 0.02));
  // The plaza before the atrium, the walk from the street and the street-side pavement.
  path(softRect(-0.11, 0.03, 0.08, 0.13, 0.01));
  path(softRect(-0.03, 0.13, 0.03, 0.4, 0));
  path(softRect(-0.5, 0.29, 0.5, 0.36, 0));
  path(softRect(0.24, -0.28, 0.28, 0.29, 0));
  // A round bed with a bench ring at the plaza's corner.
  lawn(circleOutline(-0.17, 0.08, 0.035, 20));
  const random = stream(8);
  const jitter = () => (random() - 0.5) * 0.012;
  for (let x = -0.46; x <= 0.47; x += 0.075) {
    if (Math.abs(x) < 0.05) continue;
    tree(site, x + jitter(), 0.38, ground, 0.8 + random() * 0.2, false);
  }
  const groves: [number, number, number, boolean][] = [
    [-0.42, -0.05, 1.1, true],
    [-0.36, 0.04, 1, false],
    [-0.43, 0.15, 0.9, false],
    [-0.3, 0.22, 1.1, true],
    [-0.27, -0.04, 0.8, false],
    [-0.2, 0.17, 0.9, false],
    [0.33, -0.11, 1.2, true],
    [0.42, -0.02, 1, true],
    [0.35, 0.08, 0.9, false],
    [0.43, 0.18, 1.1, false],
    [0.33, 0.22, 0.8, false],
    [-0.17, 0.08, 0.7, false],
    [0.12, 0.22, 0.8, false],
    [0.2, 0.22, 0.7, false],
  ];
  for (const [x, z, size, conifer] of groves) tree(site, x + jitter(), z + jitter(), ground, size, conifer);
  for (let x = -0.44; x <= 0.45; x += 0.1)
    tree(site, x + jitter(), -0.34 + jitter(), ground, 0.9, random() < 0.4);
  return site;
}
