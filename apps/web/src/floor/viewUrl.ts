/**
 * The visitor's place on a floor, kept in the URL (?x=&z=&yaw=&view=) so a reload,
 * a shared link or the browser's Back button returns to the same spot. Other
 * parameters (bench, naive) pass through untouched.
 */
export type ViewMode = "walk" | "overview";

export interface UrlView {
  x: number;
  z: number;
  yaw: number;
  mode: ViewMode;
}

const KEYS = ["x", "z", "yaw", "view"] as const;

function numberParam(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (raw === null || raw.trim() === "") return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

function wrap(a: number): number {
  if (a > -Math.PI && a <= Math.PI) return a;
  const t = (a + Math.PI) % (2 * Math.PI);
  return (t <= 0 ? t + 2 * Math.PI : t) - Math.PI;
}

/** What the URL says about the view; missing or broken values are left out, positions kept on the floor. */
export function readView(params: URLSearchParams, floor: { width: number; depth: number }): Partial<UrlView> {
  const out: Partial<UrlView> = {};
  const x = numberParam(params, "x");
  const z = numberParam(params, "z");
  const yaw = numberParam(params, "yaw");
  if (x !== undefined && z !== undefined) {
    out.x = Math.min(floor.width, Math.max(0, x));
    out.z = Math.min(floor.depth, Math.max(0, z));
  }
  if (yaw !== undefined) out.yaw = wrap(yaw);
  const view = params.get("view");
  if (view === "walk" || view === "overview") out.mode = view;
  return out;
}

/** The view as URL values: 10 cm and 0.01 rad are precise enough to come back to. */
export function viewValues(view: UrlView): Record<(typeof KEYS)[number], string> {
  // toFixed, then Number: "12.30" becomes 12.3 and "-0.00" becomes 0.
  const round = (v: number, digits: number) => String(Number(v.toFixed(digits)) + 0);
  return { x: round(view.x, 1), z: round(view.z, 1), yaw: round(wrap(view.yaw), 2), view: view.mode };
}

/** `params` with the view written in (and a one-off `booth` target dropped), as a new object. */
export function writeView(params: URLSearchParams, view: UrlView): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete("booth");
  for (const [key, value] of Object.entries(viewValues(view))) next.set(key, value);
  return next;
}
