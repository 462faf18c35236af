/** For the tests: a floor plan laid out by the real layout, with made-up names. */
import { type BoothSize, layoutFloor } from "@pavilion/floor";
import type { FloorBooth, FloorPlan } from "@pavilion/schema";

/** A booth at a given place, for hand-drawn floors. */
export function booth(id: string, x: number, z: number, width = 3, depth = 4): FloorBooth {
  return {
    id,
    exhibitorId: `ex-${id}`,
    slug: id,
    x,
    z,
    width,
    depth,
    size: width >= 9 ? "large" : width >= 6 ? "medium" : "small",
    facing: "north",
    entrance: { x: x + width / 2, z },
    name: { ru: `Стенд ${id}`, en: `Booth ${id}` },
    color: "#2b4677",
    logoUrl: null,
    atlasIndex: null,
    live: false,
    staffOnline: false,
  };
}

/** A floor of `count` booths (sizes cycling small, medium, large) placed by `layoutFloor`. */
export function laidOutPlan(count: number): FloorPlan {
  const sizes: BoothSize[] = ["small", "small", "medium", "small", "large"];
  const layout = layoutFloor(
    Array.from({ length: count }, (_, i) => ({ id: `b${i}`, size: sizes[i % 5] ?? "small" })),
  );
  return {
    floor: { id: "f1", slug: "hall", name: { ru: "Зал", en: "Hall" } },
    floors: [],
    width: layout.width,
    depth: layout.depth,
    alleys: layout.alleys,
    blocks: layout.blocks,
    booths: layout.booths.map((placed) => ({
      ...booth(placed.id, placed.x, placed.z, placed.width, placed.depth),
      size: placed.size,
      facing: placed.facing,
      entrance: placed.entrance,
    })),
    atlas: null,
  };
}
