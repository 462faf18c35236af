// A personal route through chosen booths, along the alleys.
//
// Order: exact (Held–Karp) for up to EXACT_LIMIT booths; beyond that nearest
// neighbour from the start, improved by 2-opt, on the matrix of alley walking
// distances (Dijkstra from each stop). Each leg is the shortest alley walk from
// the previous entrance (or the start) to the next entrance. See tour.ts.
import { buildAlleyGraph } from "./alleys.ts";
import { clampPoint, closestOnSegment, distance } from "./geometry.ts";
import { pathTo, pathTree } from "./paths.ts";
import { orderStops } from "./tour.ts";
import type { FloorLayout, PlacedBooth, Point } from "./types.ts";

export interface Route {
  /** Booth ids in visiting order. */
  order: string[];
  /** The walk: from the start, along alley centre lines, to each booth's entrance in turn. */
  polyline: Point[];
  /** Metres along the polyline. */
  length: number;
  /** The polyline index of each booth's entrance, in visiting order. */
  stops: number[];
}

export interface NextStop {
  boothId: string;
  /** Position of the booth in `order`. */
  index: number;
  entrance: Point;
  /** Metres left along the route to the entrance. */
  remaining: number;
}

function chosenBooths(layout: FloorLayout, boothIds: readonly string[]): PlacedBooth[] {
  const byId = new Map(layout.booths.map((b) => [b.id, b]));
  const chosen = new Map<string, PlacedBooth>();
  for (const id of boothIds) {
    const booth = byId.get(id);
    if (booth && !chosen.has(id)) chosen.set(id, booth);
  }
  return [...chosen.values()];
}

/** Drops repeated points and points in the middle of a straight run; keeps both ends. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.z === p.z) continue;
    const before = out[out.length - 2];
    if (before && last) {
      const cross = (last.x - before.x) * (p.z - last.z) - (last.z - before.z) * (p.x - last.x);
      const dot = (last.x - before.x) * (p.x - last.x) + (last.z - before.z) * (p.z - last.z);
      if (Math.abs(cross) < 1e-9 && dot > 0) out.pop();
    }
    out.push(p);
  }
  return out;
}

function polylineLength(points: readonly Point[], from = 0, to = points.length - 1): number {
  let total = 0;
  for (let i = from; i < to; i++)
    total += distance(points[i] ?? { x: 0, z: 0 }, points[i + 1] ?? { x: 0, z: 0 });
  return total;
}

/** The order and the walk along alleys that visits every chosen booth from `start`; unknown ids are ignored. */
export function planRoute(layout: FloorLayout, start: Point, boothIds: readonly string[]): Route {
  const booths = chosenBooths(layout, boothIds);
  if (booths.length === 0) return { order: [], polyline: [], length: 0, stops: [] };
  const from = clampPoint({ x: 0, z: 0, width: layout.width, depth: layout.depth }, start);
  const graph = buildAlleyGraph(layout, { boothIds: booths.map((b) => b.id), points: [from] });
  const nodes = [graph.pointNodes[0] ?? -1, ...booths.map((b) => graph.boothNodes.get(b.id) ?? -1)];
  const ends = [from, ...booths.map((b) => b.entrance)];
  const spur = nodes.map((n, i) => (i === 0 ? 0 : distance(graph.nodes[n] ?? from, ends[i] ?? from)));
  const trees = nodes.map((n) => pathTree(graph, n));
  const matrix = trees.map((tree, i) =>
    nodes.map((n, j) =>
      i === j ? 0 : (spur[i] ?? 0) + (tree.dist[n] ?? Number.POSITIVE_INFINITY) + (spur[j] ?? 0),
    ),
  );
  const order = orderStops(matrix);
  const polyline: Point[] = [from];
  const stops: number[] = [];
  let at = 0;
  for (const next of order) {
    const tree = trees[at];
    const path = tree ? pathTo(tree, nodes[next] ?? -1) : null;
    const leg = [polyline[polyline.length - 1] ?? from];
    for (const n of path ?? []) leg.push(graph.nodes[n] ?? from);
    leg.push(ends[next] ?? from);
    polyline.push(...simplify(leg).slice(1));
    stops.push(polyline.length - 1);
    at = next;
  }
  const ids = order.map((i) => booths[i - 1]?.id ?? "");
  return { order: ids, polyline, length: polylineLength(polyline), stops };
}

/** The next booth to walk to and how far it is along the route, once `reached` stops are behind. */
export function nextStop(route: Route, position: Point, reached = 0): NextStop | null {
  const end = route.stops[reached];
  const boothId = route.order[reached];
  const entrance = end === undefined ? undefined : route.polyline[end];
  if (end === undefined || boothId === undefined || !entrance) return null;
  const begin = reached === 0 ? 0 : (route.stops[reached - 1] ?? 0);
  let best = { gap: Number.POSITIVE_INFINITY, remaining: distance(position, entrance) };
  for (let k = begin; k < end; k++) {
    const a = route.polyline[k];
    const b = route.polyline[k + 1];
    if (!a || !b) continue;
    const at = closestOnSegment(position, a, b);
    const gap = distance(position, at);
    if (gap < best.gap)
      best = { gap, remaining: distance(at, b) + polylineLength(route.polyline, k + 1, end) };
  }
  return { boothId, index: reached, entrance, remaining: best.remaining };
}
