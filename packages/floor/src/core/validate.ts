import { alleyRect, isFiniteRect, rectContains, rectsOverlap } from "./geometry.ts";
import type { FloorLayout } from "./types.ts";

export type LayoutProblem =
  | { kind: "overlap"; ids: [string, string] }
  | { kind: "onAlley"; id: string; alley: string }
  | { kind: "outside"; id: string }
  | { kind: "duplicateId"; id: string };

/** Everything wrong with a layout: booths on top of each other, on an alley or off the floor. */
export function validateLayout(layout: FloorLayout): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const floor = { x: 0, z: 0, width: layout.width, depth: layout.depth };
  const alleys = layout.alleys.map((a) => ({ id: a.id, rect: alleyRect(a) }));
  const seen = new Set<string>();
  for (const booth of layout.booths) {
    if (seen.has(booth.id)) problems.push({ kind: "duplicateId", id: booth.id });
    seen.add(booth.id);
    if (!isFiniteRect(booth) || !rectContains(floor, booth)) problems.push({ kind: "outside", id: booth.id });
    for (const alley of alleys) {
      if (rectsOverlap(alley.rect, booth)) problems.push({ kind: "onAlley", id: booth.id, alley: alley.id });
    }
  }
  return problems.concat(overlaps(layout));
}

/** Pairs of overlapping booths, by a sweep along x (fast for rows of booths). */
function overlaps(layout: FloorLayout): LayoutProblem[] {
  const found: LayoutProblem[] = [];
  const sorted = [...layout.booths].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (!a) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.x >= a.x + a.width) break;
      if (rectsOverlap(a, b)) found.push({ kind: "overlap", ids: [a.id, b.id] });
    }
  }
  return found;
}
