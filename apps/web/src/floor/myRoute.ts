/** "My route": the visitor's bookmarked booths on this floor, in the order to walk them. */
import { type FloorLayout, nextStop, type Point, planRoute, type Route } from "@pavilion/floor";
import type { FloorBooth, FloorPlan } from "@pavilion/schema";

export interface MyRoute {
  route: Route;
  /** The booths in visiting order (route.order, as the plan describes them). */
  stops: FloorBooth[];
}

/** The route from `start` through every bookmarked booth on this floor; null when none is here. */
export function myRoute(
  plan: FloorPlan,
  layout: FloorLayout,
  bookmarkedExhibitorIds: Iterable<string>,
  start: Point,
): MyRoute | null {
  const wanted = new Set(bookmarkedExhibitorIds);
  const ids = plan.booths.filter((b) => wanted.has(b.exhibitorId)).map((b) => b.id);
  if (ids.length === 0) return null;
  const route = planRoute(layout, start, ids);
  const byId = new Map(plan.booths.map((b) => [b.id, b]));
  const stops = route.order.flatMap((id) => {
    const booth = byId.get(id);
    return booth ? [booth] : [];
  });
  return stops.length > 0 ? { route, stops } : null;
}

/** Metres from a stop's entrance at which the visitor has reached it. */
export const ARRIVED_WITHIN = 4;

/** How many stops are behind the visitor: `reached` grows as they arrive at each next stop in turn. */
export function stopsReached(route: Route, position: Point, reached: number): number {
  let done = reached;
  for (;;) {
    const next = nextStop(route, position, done);
    if (!next) return done;
    // Straight distance: the route's "remaining" is measured from the nearest point of the leg, however far.
    if (Math.hypot(next.entrance.x - position.x, next.entrance.z - position.z) > ARRIVED_WITHIN) return done;
    done += 1;
  }
}
