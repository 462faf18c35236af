import { describe, expect, it } from "vitest";
import { prng } from "./test-support.ts";
import { EXACT_LIMIT, exactOrder, nearestNeighbourOrder, orderStops, tourLength, twoOpt } from "./tour.ts";

/** Distances between random points on a plane, walked city-block style like alleys. */
function matrix(count: number, random: () => number): number[][] {
  const points = Array.from({ length: count }, () => ({ x: random() * 100, z: random() * 100 }));
  return points.map((a) => points.map((b) => Math.abs(a.x - b.x) + Math.abs(a.z - b.z)));
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

function bestByBruteForce(m: number[][]): number {
  const stops = Array.from({ length: m.length - 1 }, (_, i) => i + 1);
  return Math.min(...permutations(stops).map((order) => tourLength(m, order)));
}

describe("orderStops", () => {
  it("visits nothing when there is nothing to visit", () => {
    expect(orderStops([[0]])).toEqual([]);
    expect(orderStops([])).toEqual([]);
  });

  it("visits every stop exactly once", () => {
    const m = matrix(40, prng(1));
    expect([...orderStops(m)].sort((a, b) => a - b)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
  });

  it("finds the shortest order for up to seven stops, as brute force does", () => {
    const random = prng(2);
    for (let run = 0; run < 40; run++) {
      const m = matrix(2 + Math.floor(random() * 7), random);
      expect(tourLength(m, orderStops(m))).toBeCloseTo(bestByBruteForce(m), 9);
    }
  });

  it("finds the shortest order for eight stops too", () => {
    const m = matrix(9, prng(3));
    expect(tourLength(m, orderStops(m))).toBeCloseTo(bestByBruteForce(m), 9);
  });

  it("switches to nearest neighbour + 2-opt above the exact limit", () => {
    const big = matrix(EXACT_LIMIT + 2, prng(4));
    expect(orderStops(big)).toEqual(twoOpt(big, nearestNeighbourOrder(big)));
    const small = matrix(EXACT_LIMIT + 1, prng(4));
    expect(orderStops(small)).toEqual(exactOrder(small));
  });
});

describe("the nearest-neighbour + 2-opt heuristic", () => {
  it("walks no further than nearest neighbour alone", () => {
    const random = prng(5);
    for (let run = 0; run < 20; run++) {
      const m = matrix(12 + Math.floor(random() * 40), random);
      const greedy = nearestNeighbourOrder(m);
      expect(tourLength(m, twoOpt(m, greedy))).toBeLessThanOrEqual(tourLength(m, greedy) + 1e-9);
    }
  });

  it("leaves no reversal of a stretch of the order that would shorten the walk", () => {
    const m = matrix(30, prng(6));
    const order = twoOpt(m, nearestNeighbourOrder(m));
    const length = tourLength(m, order);
    for (let i = 0; i < order.length; i++) {
      for (let j = i + 1; j < order.length; j++) {
        const flipped = [...order.slice(0, i), ...order.slice(i, j + 1).reverse(), ...order.slice(j + 1)];
        expect(tourLength(m, flipped)).toBeGreaterThanOrEqual(length - 1e-9);
      }
    }
  });

  it("stays within 25% of the best order on small cases", () => {
    const random = prng(7);
    for (let run = 0; run < 20; run++) {
      const m = matrix(8, random);
      const heuristic = tourLength(m, twoOpt(m, nearestNeighbourOrder(m)));
      expect(heuristic).toBeLessThanOrEqual(bestByBruteForce(m) * 1.25);
    }
  });
});
