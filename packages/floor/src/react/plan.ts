// The bridge from the wire (a FloorPlan from `floor.plan`) to the pure core: the
// server has already placed every booth, so the layout is rebuilt, not recomputed.
import type { FloorBooth, FloorPlan } from "@pavilion/schema";
import type { FloorLayout, PlacedBooth } from "../core/types.ts";

/** The core layout of a plan: booths where the server put them, its alleys and blocks. */
export function layoutFromPlan(plan: FloorPlan): FloorLayout {
  const seen = new Set<string>();
  const booths: PlacedBooth[] = [];
  for (const b of plan.booths) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    booths.push({
      id: b.id,
      x: b.x,
      z: b.z,
      width: b.width,
      depth: b.depth,
      size: b.size,
      facing: b.facing,
      entrance: { x: b.entrance.x, z: b.entrance.z },
      pinned: true,
    });
  }
  return {
    width: plan.width,
    depth: plan.depth,
    booths,
    alleys: plan.alleys.map((a) => ({
      id: a.id,
      from: { x: a.from.x, z: a.from.z },
      to: { x: a.to.x, z: a.to.z },
      width: a.width,
    })),
    blocks: plan.blocks.map((r) => ({ x: r.x, z: r.z, width: r.width, depth: r.depth })),
    unpinned: [],
  };
}

export type Locale = "ru" | "en";

/** A booth's name in the wanted language, or in the other one when that is empty. */
export function boothName(booth: Pick<FloorBooth, "name">, locale: Locale): string {
  const wanted = booth.name[locale].trim();
  return wanted !== "" ? wanted : booth.name[locale === "ru" ? "en" : "ru"].trim();
}

/** Up to three capital letters from the words of a name ("Moscow State University" → "MSU"). */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-–—«»"'().,]+/u).filter((w) => /\p{L}|\p{N}/u.test(w));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  const chosen = (capitals.length > 0 ? capitals : words).slice(0, 3);
  return chosen.map((w) => (w.match(/\p{L}|\p{N}/u)?.[0] ?? "").toUpperCase()).join("") || "?";
}
