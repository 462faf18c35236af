// The order to visit stops 1…k starting from stop 0, given symmetric walking
// distances (an open path: the visitor does not come back).
//
// Heuristic: nearest neighbour (from the start, always walk to the closest stop not
// yet visited), then 2-opt (reverse any stretch of the order while that shortens
// the walk, until no reversal helps). For up to EXACT_LIMIT stops the order is
// exact instead (Held–Karp dynamic programming), which costs under a millisecond.

/** Up to this many stops the order is the shortest possible, not a heuristic one. */
export const EXACT_LIMIT = 10;

export type DistanceMatrix = readonly (readonly number[])[];

function d(m: DistanceMatrix, a: number, b: number): number {
  return m[a]?.[b] ?? Number.POSITIVE_INFINITY;
}

/** Total walk of visiting the stops in `order` from stop 0. */
export function tourLength(m: DistanceMatrix, order: readonly number[]): number {
  let total = 0;
  let at = 0;
  for (const next of order) {
    total += d(m, at, next);
    at = next;
  }
  return total;
}

/** Nearest-neighbour order from stop 0 over stops 1…k. */
export function nearestNeighbourOrder(m: DistanceMatrix): number[] {
  const left = new Set<number>();
  for (let i = 1; i < m.length; i++) left.add(i);
  const order: number[] = [];
  let at = 0;
  while (left.size > 0) {
    let best = -1;
    for (const i of left) if (best < 0 || d(m, at, i) < d(m, at, best)) best = i;
    order.push(best);
    left.delete(best);
    at = best;
  }
  return order;
}

/** Improves an open path by 2-opt reversals until none shortens it (returns a new array). */
export function twoOpt(m: DistanceMatrix, order: readonly number[]): number[] {
  const path = [0, ...order];
  const n = path.length;
  const at = (i: number) => path[i] ?? 0;
  for (let improved = true, rounds = 0; improved && rounds < 100; rounds++) {
    improved = false;
    for (let i = 1; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const tail = j + 1 < n;
        const before = d(m, at(i - 1), at(i)) + (tail ? d(m, at(j), at(j + 1)) : 0);
        const after = d(m, at(i - 1), at(j)) + (tail ? d(m, at(i), at(j + 1)) : 0);
        if (after < before - 1e-9) {
          path.splice(i, j - i + 1, ...path.slice(i, j + 1).reverse());
          improved = true;
        }
      }
    }
  }
  return path.slice(1);
}

/** The shortest order by Held–Karp dynamic programming over subsets (k ≤ EXACT_LIMIT). */
export function exactOrder(m: DistanceMatrix): number[] {
  const k = m.length - 1;
  const full = (1 << k) - 1;
  const cost = new Float64Array((full + 1) * k).fill(Number.POSITIVE_INFINITY);
  const from = new Int8Array((full + 1) * k).fill(-1);
  for (let j = 0; j < k; j++) cost[(1 << j) * k + j] = d(m, 0, j + 1);
  for (let set = 1; set <= full; set++) {
    for (let j = 0; j < k; j++) {
      const here = cost[set * k + j] ?? Number.POSITIVE_INFINITY;
      if (!(set & (1 << j)) || here === Number.POSITIVE_INFINITY) continue;
      for (let next = 0; next < k; next++) {
        if (set & (1 << next)) continue;
        const slot = (set | (1 << next)) * k + next;
        const c = here + d(m, j + 1, next + 1);
        if (c < (cost[slot] ?? 0)) {
          cost[slot] = c;
          from[slot] = j;
        }
      }
    }
  }
  let last = 0;
  for (let j = 1; j < k; j++) if ((cost[full * k + j] ?? 0) < (cost[full * k + last] ?? 0)) last = j;
  const order: number[] = [];
  for (let set = full, j = last; j >= 0; ) {
    order.push(j + 1);
    const prev = from[set * k + j] ?? -1;
    set &= ~(1 << j);
    j = prev;
  }
  return order.reverse();
}

/** A short order to visit stops 1…k from stop 0: exact for few stops, else nearest neighbour + 2-opt. */
export function orderStops(m: DistanceMatrix): number[] {
  const k = m.length - 1;
  if (k <= 0) return [];
  if (k <= EXACT_LIMIT) return exactOrder(m);
  return twoOpt(m, nearestNeighbourOrder(m));
}
