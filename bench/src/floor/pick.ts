/** Times the floor's picking function in Node: which booth is at a point. */
import { type BoothInput, createPicker, layoutFloor } from "@pavilion/floor";

/** A deterministic mixed floor: mostly small booths, some medium, a few large. */
export function benchBooths(count: number): BoothInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `b${i}`,
    size: i % 10 === 0 ? "large" : i % 10 < 4 ? "medium" : "small",
  }));
}

/** p95 of single picks (ms) over `samples` random points of a `booths`-booth floor. */
export function measurePick(booths: number, samples = 10_000): { pickMsP95: number; pickMsP50: number } {
  const layout = layoutFloor(benchBooths(booths));
  const picker = createPicker(layout);
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const points = Array.from({ length: samples }, () => [random() * layout.width, random() * layout.depth]);
  for (const [x, z] of points) picker.pick(x ?? 0, z ?? 0); // warm the JIT
  const times = points.map(([x, z]) => {
    const start = performance.now();
    picker.pick(x ?? 0, z ?? 0);
    return performance.now() - start;
  });
  return { pickMsP95: percentile(times, 0.95), pickMsP50: percentile(times, 0.5) };
}

/** The q-quantile of the values (nearest rank). */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
