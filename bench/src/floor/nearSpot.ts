/** Where the benchmark stands a visitor to see models up close: by the densest cluster of model booths. */
import type { FloorPlan } from "@pavilion/schema";

export interface WalkSpot {
  x: number;
  z: number;
  yaw: number;
  /** Model booths whose entrance is within `radius` of the spot. */
  modelBoothsAround: number;
}

/**
 * In the alley a few metres out from the entrance of the model booth with the most model booths
 * around it, looking into that booth (so its plinth and model are in the picture).
 */
export function nearSpot(plan: Pick<FloorPlan, "booths" | "alleys">, radius = 16): WalkSpot | null {
  // Across the alley to near its far side (as the floor's own "walk to a booth" does).
  const stepBack = Math.max(1.5, Math.min(...plan.alleys.map((a) => a.width), 4) - 0.7);
  const withModels = plan.booths.filter((b) => b.model);
  let best: WalkSpot | null = null;
  for (const booth of withModels) {
    const at = booth.entrance;
    const around = withModels.filter(
      (other) => Math.hypot(other.entrance.x - at.x, other.entrance.z - at.z) <= radius,
    ).length;
    if (best && around <= best.modelBoothsAround) continue;
    const centre = { x: booth.x + booth.width / 2, z: booth.z + booth.depth / 2 };
    const out = { x: at.x - centre.x, z: at.z - centre.z };
    const length = Math.hypot(out.x, out.z) || 1;
    const stand = { x: at.x + (out.x / length) * stepBack, z: at.z + (out.z / length) * stepBack };
    // Yaw 0 looks north (-z) and grows clockwise seen from above (the floor's convention).
    const yaw = Math.atan2(centre.x - stand.x, -(centre.z - stand.z));
    best = { x: stand.x, z: stand.z, yaw, modelBoothsAround: around };
  }
  return best;
}

/** The floor plan as the page gets it, from the running server's tRPC API. */
export async function fetchPlan(baseUrl: string, slug: string): Promise<FloorPlan> {
  const input = encodeURIComponent(JSON.stringify({ json: { slug } }));
  const response = await fetch(`${baseUrl}/trpc/floor.plan?input=${input}`);
  if (!response.ok) throw new Error(`floor.plan answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: { json: FloorPlan } } }).result.data.json;
}
