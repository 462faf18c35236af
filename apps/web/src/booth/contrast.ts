/** Text colour for a label on an exhibitor's brand colour: white on dark, navy on light. */
function channel(hex: string): number {
  const value = Number.parseInt(hex, 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rrggbb" (0 black … 1 white). */
export function luminance(color: string): number {
  const r = channel(color.slice(1, 3));
  const g = channel(color.slice(3, 5));
  const b = channel(color.slice(5, 7));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** "#ffffff" or the site's darkest navy, whichever contrasts more with `color` ("#rrggbb"). */
export function inkOn(color: string): string {
  const l = luminance(color);
  const navy = luminance("#081226");
  return 1.05 / (l + 0.05) >= (l + 0.05) / (navy + 0.05) ? "#ffffff" : "#081226";
}
