import { describe, expect, it } from "vitest";
import { boothAccess, buildAlleyGraph, nearestNode, shortestPath } from "./alleys.ts";
import { alleyRect, rectHasPoint } from "./geometry.ts";
import { layoutFloor } from "./layout.ts";
import { booths, prng } from "./test-support.ts";
import type { FloorLayout, Point } from "./types.ts";

function onCentreLine(layout: FloorLayout, p: Point): boolean {
  return layout.alleys.some(
    (a) =>
      (a.from.x === a.to.x && p.x === a.from.x && p.z >= a.from.z && p.z <= a.to.z) ||
      (a.from.z === a.to.z && p.z === a.from.z && p.x >= a.from.x && p.x <= a.to.x),
  );
}

describe("buildAlleyGraph", () => {
  it("puts a node at every alley crossing of an empty hall", () => {
    const layout = layoutFloor([]);
    const graph = buildAlleyGraph(layout);
    const vertical = layout.alleys.filter((a) => a.from.x === a.to.x).length;
    const horizontal = layout.alleys.length - vertical;
    expect(graph.nodes).toHaveLength(vertical * horizontal);
  });

  it("connects each booth's entrance straight across to the centre line of the alley it faces", () => {
    const layout = layoutFloor(booths(300, prng(3), [3, 2, 1]));
    const graph = buildAlleyGraph(layout);
    for (const booth of layout.booths) {
      const node = graph.nodes[graph.boothNodes.get(booth.id) ?? -1];
      if (!node) throw new Error(`no node for ${booth.id}`);
      expect(onCentreLine(layout, node)).toBe(true);
      expect(node.x === booth.entrance.x || node.z === booth.entrance.z).toBe(true);
      const between = { x: (node.x + booth.entrance.x) / 2, z: (node.z + booth.entrance.z) / 2 };
      expect(layout.alleys.some((a) => rectHasPoint(alleyRect(a), between.x, between.z))).toBe(true);
    }
  });

  it("only adds entrance nodes for the booths asked for", () => {
    const layout = layoutFloor(booths(50));
    const graph = buildAlleyGraph(layout, { boothIds: ["b1", "b7", "nope"] });
    expect([...graph.boothNodes.keys()]).toEqual(["b1", "b7"]);
  });

  it("connects extra points to their nearest alley", () => {
    const layout = layoutFloor(booths(50));
    const graph = buildAlleyGraph(layout, { points: [{ x: 1, z: 20 }] });
    expect(graph.nodes[graph.pointNodes[0] ?? -1]).toEqual({ x: 3, z: 20 });
  });

  it("faces a booth's access point in the direction the booth faces", () => {
    const layout = layoutFloor(booths(20, prng(1), [0, 0, 1]));
    const west = layout.booths.find((b) => b.facing === "west");
    if (!west) throw new Error("no west-facing booth");
    const access = boothAccess(layout.alleys, west);
    expect(access.at.z).toBe(west.entrance.z);
    expect(access.at.x).toBeLessThan(west.entrance.x);
  });
});

describe("shortestPath", () => {
  const layout = layoutFloor(booths(400, prng(4)));
  const graph = buildAlleyGraph(layout);

  it("walks between opposite corners of the hall in the city-block distance", () => {
    const a = nearestNode(graph, { x: 0, z: 0 });
    const b = nearestNode(graph, { x: layout.width, z: layout.depth });
    const path = shortestPath(graph, a, b);
    // Corner nodes sit on the centre lines of the 6 m perimeter alley, 3 m in from each wall.
    expect(path?.length).toBeCloseTo(layout.width - 6 + layout.depth - 6, 9);
  });

  it("returns a path whose steps follow alleys and add up to its length", () => {
    const random = prng(9);
    for (let i = 0; i < 50; i++) {
      const a = Math.floor(random() * graph.nodes.length);
      const b = Math.floor(random() * graph.nodes.length);
      const path = shortestPath(graph, a, b);
      if (!path) throw new Error("unreachable");
      let total = 0;
      for (let k = 1; k < path.nodes.length; k++) {
        const p = graph.nodes[path.nodes[k - 1] ?? -1];
        const q = graph.nodes[path.nodes[k] ?? -1];
        if (!p || !q) throw new Error("bad node");
        expect(p.x === q.x || p.z === q.z).toBe(true);
        total += Math.abs(p.x - q.x) + Math.abs(p.z - q.z);
      }
      expect(total).toBeCloseTo(path.length, 9);
      expect(path.nodes[0]).toBe(a);
      expect(path.nodes[path.nodes.length - 1]).toBe(b);
    }
  });

  it("is never shorter than the city-block distance between its ends", () => {
    const a = graph.boothNodes.get("b3") ?? -1;
    const b = graph.boothNodes.get("b300") ?? -1;
    const p = graph.nodes[a];
    const q = graph.nodes[b];
    const path = shortestPath(graph, a, b);
    if (!p || !q || !path) throw new Error("missing");
    expect(path.length).toBeGreaterThanOrEqual(Math.abs(p.x - q.x) + Math.abs(p.z - q.z) - 1e-9);
  });

  it("returns a zero-length path from a node to itself", () => {
    expect(shortestPath(graph, 5, 5)).toEqual({ nodes: [5], length: 0 });
  });

  it("returns null for a node that does not exist", () => {
    expect(shortestPath(graph, 0, graph.nodes.length + 3)).toBeNull();
  });
});

describe("nearestNode", () => {
  it("finds the closest node, or -1 in an empty graph", () => {
    const layout = layoutFloor([]);
    const graph = buildAlleyGraph(layout);
    expect(graph.nodes[nearestNode(graph, { x: 0.5, z: 0.2 })]).toEqual({ x: 3, z: 3 });
    expect(nearestNode({ ...graph, nodes: [] }, { x: 0, z: 0 })).toBe(-1);
  });
});
