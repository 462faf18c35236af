// Where the visitor goes and stands: walks along alleys, the spot to look at a
// booth from, the booth in front of them.
import { boothAccess, buildAlleyGraph, shortestPath } from "../core/alleys.ts";
import { alleyRect, rectHasPoint } from "../core/geometry.ts";
import type { Picker } from "../core/picking.ts";
import type { FloorLayout, PlacedBooth, Point } from "../core/types.ts";
import { boothFrame } from "./boothParts.ts";
import { forwardOf, yawTowards } from "./view.ts";

/** Whether a floor point lies on some alley (where a click may send the visitor). */
export function onAlley(layout: Pick<FloorLayout, "alleys">, p: Point): boolean {
  return layout.alleys.some((a) => rectHasPoint(alleyRect(a), p.x, p.z));
}

/** The walk from `from` to `to` along alley centre lines: from, the crossings in between, to. */
export function alleyWalk(layout: FloorLayout, from: Point, to: Point): Point[] {
  const graph = buildAlleyGraph(layout, { boothIds: [], points: [from, to] });
  const [a = -1, b = -1] = graph.pointNodes;
  const found = a >= 0 && b >= 0 ? shortestPath(graph, a, b) : null;
  const middle = (found?.nodes ?? []).map((n) => graph.nodes[n]).filter((p): p is Point => p !== undefined);
  const out: Point[] = [];
  for (const p of [from, ...middle, to]) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(last.x - p.x, last.z - p.z) > 1e-6) out.push(p);
  }
  return out;
}

/** Where to stand to look at a booth: across its alley from the entrance, facing it. */
export function viewpointOf(layout: FloorLayout, booth: PlacedBooth): { x: number; z: number; yaw: number } {
  const access = boothAccess(layout.alleys, booth);
  const alley = layout.alleys[access.line];
  const out = boothFrame(booth).out;
  const toCentre = Math.hypot(access.at.x - booth.entrance.x, access.at.z - booth.entrance.z);
  const back = alley ? Math.max(1.5, toCentre + alley.width / 2 - 0.7) : 3;
  const at = { x: booth.entrance.x + out.x * back, z: booth.entrance.z + out.z * back };
  return { ...at, yaw: yawTowards(at, booth.entrance) };
}

/** The booth right in front of a visitor (within `reach` metres), or null. */
export function facedBooth(picker: Picker, at: Point, yaw: number, reach = 7): PlacedBooth | null {
  const f = forwardOf(yaw);
  for (let d = 0.8; d <= reach; d += 0.7) {
    const booth = picker.pick(at.x + f.x * d, at.z + f.z * d);
    if (booth) return booth;
  }
  return null;
}
