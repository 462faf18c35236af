/** An exhibitor's brand colour if it is a plain "#rrggbb", else the site's neutral tone. */
export function safeColor(color: string | null | undefined, fallback = "#5b6b8c"): string {
  return color && /^#[0-9a-f]{6}$/i.test(color) ? color : fallback;
}

/** Up to two capital letters for a name, for a logo placeholder. */
export function initials(name: string): string {
  return name
    .trim()
    .split(/[\s\-–—«»"]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}
