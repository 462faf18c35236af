// For the tests: a FloorPlan as the server would send it, laid out by the core.
import type { FloorPlan } from "@pavilion/schema";
import { layoutFloor } from "../core/layout.ts";
import { booths } from "../core/test-support.ts";

/** A plan of `count` booths with bilingual names, every third without a logo. */
export function testPlan(count: number): FloorPlan {
  const layout = layoutFloor(booths(count));
  return {
    floor: { id: "f1", slug: "hall-a", name: { ru: "Зал А", en: "Hall A" } },
    floors: [{ id: "f1", slug: "hall-a", name: { ru: "Зал А", en: "Hall A" }, exhibitorCount: count }],
    width: layout.width,
    depth: layout.depth,
    alleys: layout.alleys.map((a) => ({ id: a.id, from: a.from, to: a.to, width: a.width })),
    blocks: layout.blocks,
    booths: layout.booths.map((b, i) => ({
      id: b.id,
      exhibitorId: `e${i}`,
      slug: `company-${i}`,
      x: b.x,
      z: b.z,
      width: b.width,
      depth: b.depth,
      size: b.size,
      facing: b.facing,
      entrance: b.entrance,
      name: { ru: `Компания ${i}`, en: `Company ${i}` },
      color: "#3a6ea5",
      logoUrl: i % 3 === 0 ? null : `/files/logo-${i}.png`,
      atlasIndex: i % 3 === 0 ? null : i,
      live: false,
      staffOnline: false,
    })),
    atlas: { url: "/files/atlas.png", columns: 10, rows: 10, cellPx: 128 },
  };
}
