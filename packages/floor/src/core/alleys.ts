// The walkable network of a floor: alley centre lines, cut into edges at every
// crossing and at the point where each booth's entrance meets its alley.
import { closestOnSegment, distance, isHorizontal } from "./geometry.ts";
import { pathTo, pathTree, type WeightedGraph } from "./paths.ts";
import type { Alley, FloorLayout, PlacedBooth, Point } from "./types.ts";

export interface AlleyGraph extends WeightedGraph {
  nodes: Point[];
  /** The node where each booth's entrance meets its alley's centre line. */
  boothNodes: Map<string, number>;
  /** The nodes of `points` passed to buildAlleyGraph, projected onto their nearest alley. */
  pointNodes: number[];
}

export interface AlleyGraphOptions {
  /** Only these booths get entrance nodes (default: all). */
  boothIds?: readonly string[];
  /** Extra points (e.g. where a visitor stands) to connect to the network. */
  points?: readonly Point[];
}

/** A point on an alley's centre line; `line` indexes layout.alleys (-1 when there are none). */
export interface AlleyPoint {
  line: number;
  at: Point;
}

function along(alley: Alley, p: Point): number {
  return isHorizontal(alley) ? p.x : p.z;
}

function within(value: number, a: number, b: number): boolean {
  return value >= Math.min(a, b) && value <= Math.max(a, b);
}

/** The point of the nearest alley centre line, and which alley it is (-1 when there are none). */
export function nearestAlleyPoint(alleys: readonly Alley[], p: Point): AlleyPoint {
  let best: AlleyPoint = { line: -1, at: p };
  let bestDistance = Number.POSITIVE_INFINITY;
  alleys.forEach((alley, line) => {
    const at = closestOnSegment(p, alley.from, alley.to);
    const d = distance(p, at);
    if (d < bestDistance) {
      best = { line, at };
      bestDistance = d;
    }
  });
  return best;
}

/** Where a booth's entrance meets the centre line of the alley its front faces. */
export function boothAccess(alleys: readonly Alley[], booth: PlacedBooth): AlleyPoint {
  const e = booth.entrance;
  const northSouth = booth.facing === "north" || booth.facing === "south";
  const sign = booth.facing === "north" || booth.facing === "west" ? -1 : 1;
  let best: AlleyPoint | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  alleys.forEach((alley, line) => {
    if (isHorizontal(alley) !== northSouth) return;
    const gap = northSouth ? sign * (alley.from.z - e.z) : sign * (alley.from.x - e.x);
    const covers = northSouth ? within(e.x, alley.from.x, alley.to.x) : within(e.z, alley.from.z, alley.to.z);
    if (gap < 0 || !covers || gap >= bestGap) return;
    best = { line, at: northSouth ? { x: e.x, z: alley.from.z } : { x: alley.from.x, z: e.z } };
    bestGap = gap;
  });
  return best ?? nearestAlleyPoint(alleys, e);
}

function crossings(alleys: readonly Alley[], stops: AlleyPoint[][]): void {
  alleys.forEach((h, i) => {
    if (!isHorizontal(h)) return;
    alleys.forEach((v, j) => {
      if (isHorizontal(v)) return;
      const at = { x: v.from.x, z: h.from.z };
      if (!within(at.x, h.from.x, h.to.x) || !within(at.z, v.from.z, v.to.z)) return;
      stops[i]?.push({ line: i, at });
      stops[j]?.push({ line: j, at });
    });
  });
}

function toGraph(alleys: readonly Alley[], stops: AlleyPoint[][]) {
  const ids = new Map<string, number>();
  const nodes: Point[] = [];
  const nodeOf = (p: Point): number => {
    const key = `${p.x},${p.z}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = nodes.push(p) - 1;
      ids.set(key, id);
    }
    return id;
  };
  const edges: [number, number, number][] = [];
  alleys.forEach((alley, line) => {
    const sorted = (stops[line] ?? []).map((s) => s.at).sort((a, b) => along(alley, a) - along(alley, b));
    for (let k = 1; k < sorted.length; k++) {
      const a = sorted[k - 1];
      const b = sorted[k];
      if (!a || !b) continue;
      const from = nodeOf(a);
      const to = nodeOf(b);
      if (from !== to) edges.push([from, to, Math.abs(along(alley, b) - along(alley, a))]);
    }
    for (const p of sorted) nodeOf(p);
  });
  return { nodes, nodeOf, ...compress(nodes.length, edges) };
}

function compress(count: number, edges: readonly [number, number, number][]): WeightedGraph {
  const offsets = new Int32Array(count + 1);
  for (const [a, b] of edges) {
    offsets[a + 1] = (offsets[a + 1] ?? 0) + 1;
    offsets[b + 1] = (offsets[b + 1] ?? 0) + 1;
  }
  for (let n = 0; n < count; n++) offsets[n + 1] = (offsets[n + 1] ?? 0) + (offsets[n] ?? 0);
  const targets = new Int32Array(edges.length * 2);
  const lengths = new Float64Array(edges.length * 2);
  const fill = offsets.slice(0, count);
  const add = (from: number, to: number, length: number) => {
    const at = fill[from] ?? 0;
    targets[at] = to;
    lengths[at] = length;
    fill[from] = at + 1;
  };
  for (const [a, b, length] of edges) {
    add(a, b, length);
    add(b, a, length);
  }
  return { offsets, targets, lengths };
}

/** The alley network: nodes at crossings and booth entrances, edges along alleys with their lengths. */
export function buildAlleyGraph(layout: FloorLayout, options: AlleyGraphOptions = {}): AlleyGraph {
  const alleys = layout.alleys;
  const stops: AlleyPoint[][] = alleys.map((a, line) => [
    { line, at: a.from },
    { line, at: a.to },
  ]);
  crossings(alleys, stops);
  const wanted = options.boothIds ? new Set(options.boothIds) : null;
  const booths = layout.booths.filter((b) => !wanted || wanted.has(b.id));
  const access = booths.map((b) => boothAccess(alleys, b));
  const points = (options.points ?? []).map((p) => nearestAlleyPoint(alleys, p));
  for (const stop of [...access, ...points]) stops[stop.line]?.push(stop);
  const graph = toGraph(alleys, stops);
  const boothNodes = new Map<string, number>();
  booths.forEach((b, i) => {
    const stop = access[i];
    if (stop && stop.line >= 0) boothNodes.set(b.id, graph.nodeOf(stop.at));
  });
  const pointNodes = points.map((s) => (s.line >= 0 ? graph.nodeOf(s.at) : -1));
  return {
    nodes: graph.nodes,
    offsets: graph.offsets,
    targets: graph.targets,
    lengths: graph.lengths,
    boothNodes,
    pointNodes,
  };
}

/** The node nearest to a point (straight-line distance), or -1 for an empty graph. */
export function nearestNode(graph: AlleyGraph, point: Point): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  graph.nodes.forEach((node, i) => {
    const d = distance(node, point);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** The shortest walk along alleys between two nodes, or null when there is none. */
export function shortestPath(
  graph: AlleyGraph,
  from: number,
  to: number,
): { nodes: number[]; length: number } | null {
  const tree = pathTree(graph, from, to);
  const nodes = pathTo(tree, to);
  return nodes ? { nodes, length: tree.dist[to] ?? 0 } : null;
}
