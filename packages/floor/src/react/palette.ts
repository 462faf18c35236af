// The colours of booth parts: the exhibitor's colour on the back wall, a pale tint of
// it on the carpet, white shell panels, and amber for the booth the visitor points at.

/** An sRGB colour, each channel 0–1. */
export type Rgb = [number, number, number];

export type BoothState = "normal" | "highlighted" | "bookmarked";

const WHITE: Rgb = [0.97, 0.97, 0.96];
const PANEL: Rgb = [0.93, 0.93, 0.92];
const AMBER: Rgb = [0.957, 0.635, 0.349];
const AMBER_PALE: Rgb = [0.99, 0.86, 0.7];
const TEAL: Rgb = [0.31, 0.7, 0.663];

/** Parses #rgb or #rrggbb; anything else gives a neutral blue-grey. */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return [0.3, 0.4, 0.55];
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16) / 255) as Rgb;
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * The colour of one part of a booth. A `tinted` booth (the organisers' heat map) shows its
 * colour on the carpet, back wall and fascia too, so it reads from above.
 */
export function partColor(kind: string, color: Rgb, state: BoothState, tinted = false): Rgb {
  const lit = state === "highlighted";
  if (tinted && (kind === "carpet" || kind === "back" || kind === "fascia")) {
    return lit ? mix(color, AMBER, 0.35) : color;
  }
  switch (kind) {
    case "carpet":
      return lit ? AMBER_PALE : mix(color, WHITE, 0.5);
    case "back":
      return lit ? mix(color, WHITE, 0.18) : color;
    case "fascia":
      return lit ? AMBER : state === "bookmarked" ? TEAL : WHITE;
    case "counter":
      return lit ? WHITE : mix(color, WHITE, 0.85);
    default:
      return lit ? mix(PANEL, AMBER, 0.25) : PANEL;
  }
}
