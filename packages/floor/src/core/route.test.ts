import { describe, expect, it } from "vitest";
import { buildAlleyGraph, shortestPath } from "./alleys.ts";
import { distance } from "./geometry.ts";
import { layoutFloor } from "./layout.ts";
import { createPicker } from "./picking.ts";
import { nextStop, planRoute, type Route } from "./route.ts";
import { booths, prng } from "./test-support.ts";
import type { FloorLayout, Point } from "./types.ts";

const layout = layoutFloor(booths(400, prng(12)));
const start = { x: 2, z: 2 };

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The walk for a given order, measured apart from planRoute: start → alley, then alley → entrance legs. */
function walkLength(floor: FloorLayout, from: Point, order: string[]): number {
  const graph = buildAlleyGraph(floor, { boothIds: order, points: [from] });
  let at = graph.pointNodes[0] ?? -1;
  let total = distance(from, graph.nodes[at] ?? from);
  let backToAlley = 0;
  for (const id of order) {
    const node = graph.boothNodes.get(id) ?? -1;
    const entrance = floor.booths.find((b) => b.id === id)?.entrance ?? from;
    const spur = distance(graph.nodes[node] ?? from, entrance);
    total += backToAlley + (shortestPath(graph, at, node)?.length ?? Number.NaN) + spur;
    backToAlley = spur;
    at = node;
  }
  return total;
}

function checkWalk(route: Route): void {
  const picker = createPicker(layout);
  for (let k = 1; k < route.polyline.length; k++) {
    const a = route.polyline[k - 1];
    const b = route.polyline[k];
    if (!a || !b) throw new Error("hole in polyline");
    expect(a.x !== b.x || a.z !== b.z).toBe(true);
    if (k > 1) expect(a.x === b.x || a.z === b.z).toBe(true);
    for (const t of [0.25, 0.5, 0.75]) {
      expect(picker.pick(a.x + t * (b.x - a.x), a.z + t * (b.z - a.z))).toBeNull();
    }
  }
}

describe("planRoute", () => {
  it("returns an empty route for no booths or only unknown ones", () => {
    const empty = { order: [], polyline: [], length: 0, stops: [] };
    expect(planRoute(layout, start, [])).toEqual(empty);
    expect(planRoute(layout, start, ["nope", "missing"])).toEqual(empty);
  });

  it("walks straight to a single booth along the alleys, ending at its entrance", () => {
    const route = planRoute(layout, start, ["b200"]);
    const booth = layout.booths.find((b) => b.id === "b200");
    expect(route.order).toEqual(["b200"]);
    expect(route.polyline[0]).toEqual(start);
    expect(route.polyline[route.polyline.length - 1]).toEqual(booth?.entrance);
    expect(route.length).toBeCloseTo(walkLength(layout, start, ["b200"]), 9);
    checkWalk(route);
  });

  it("ignores unknown and repeated ids", () => {
    const route = planRoute(layout, start, ["b1", "nope", "b2", "b1"]);
    expect([...route.order].sort()).toEqual(["b1", "b2"]);
  });

  it("visits three booths in an order no longer than any other order", () => {
    const random = prng(31);
    for (let run = 0; run < 10; run++) {
      const ids = [0, 1, 2].map(() => `b${Math.floor(random() * 400)}`);
      const from = { x: random() * layout.width, z: random() * layout.depth };
      const route = planRoute(layout, from, ids);
      const best = Math.min(
        ...permutations([...new Set(ids)]).map((order) => walkLength(layout, from, order)),
      );
      expect(route.length).toBeCloseTo(walkLength(layout, from, route.order), 6);
      expect(route.length).toBeLessThanOrEqual(best + 1e-6);
    }
  });

  it("visits many booths once each, never walking through a booth, ending each leg at an entrance", () => {
    const ids = Array.from({ length: 25 }, (_, i) => `b${(i * 37) % 400}`);
    const route = planRoute(layout, { x: layout.width / 2, z: layout.depth / 2 }, ids);
    expect([...route.order].sort()).toEqual([...ids].sort());
    route.order.forEach((id, i) => {
      expect(route.polyline[route.stops[i] ?? -1]).toEqual(layout.booths.find((b) => b.id === id)?.entrance);
    });
    expect(route.length).toBeLessThanOrEqual(walkLength(layout, route.polyline[0] ?? start, ids) + 1e-6);
    checkWalk(route);
  });

  it("plans a route on a 5,000-booth floor", () => {
    const big = layoutFloor(booths(5000, prng(50)));
    const route = planRoute(big, { x: 0, z: 0 }, ["b10", "b4999", "b2500", "b77"]);
    expect(route.order).toHaveLength(4);
    expect(route.length).toBeGreaterThan(0);
  });
});

describe("nextStop", () => {
  const route = planRoute(layout, start, ["b5", "b150", "b390"]);

  it("points to the first booth from the start, the whole first leg away", () => {
    const next = nextStop(route, start);
    expect(next?.boothId).toBe(route.order[0]);
    expect(next?.remaining).toBeCloseTo(walkLength(layout, start, route.order.slice(0, 1)), 6);
  });

  it("counts down along the leg as the visitor walks it", () => {
    const leg = route.polyline.slice((route.stops[0] ?? 0) + 1, (route.stops[1] ?? 0) + 1);
    const remaining = leg.map((p) => nextStop(route, p, 1)?.remaining ?? Number.NaN);
    for (let k = 1; k < remaining.length; k++)
      expect(remaining[k]).toBeLessThanOrEqual(remaining[k - 1] ?? 0);
    expect(remaining[remaining.length - 1]).toBe(0);
    expect(nextStop(route, leg[0] ?? start, 1)?.boothId).toBe(route.order[1]);
  });

  it("says nothing is left once every booth is reached", () => {
    expect(nextStop(route, start, 3)).toBeNull();
    expect(nextStop(planRoute(layout, start, []), start)).toBeNull();
  });
});
