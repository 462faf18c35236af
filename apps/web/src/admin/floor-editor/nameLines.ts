/**
 * A company name fitted into a booth on the editor's plan: broken into lines at
 * spaces, as many as the booth's depth holds, the last one cut with "…". Widths are
 * estimated from the font size (SVG text cannot wrap by itself).
 */

/** Average glyph width as a share of the font size, for a sans-serif at weight 600. */
const GLYPH = 0.62;
/** Fewer letters a line than this read as noise: no name is drawn then. */
const MIN_CHARS = 4;
/** Line height as a share of the font size. */
export const LINE = 1.2;

/** The lines of `name` that fit a `width` × `depth` m box at `fontSize` m; none when not even a few letters fit. */
export function nameLines(name: string, width: number, depth: number, fontSize: number): string[] {
  const perLine = Math.floor(width / (fontSize * GLYPH));
  const maxLines = Math.floor(depth / (fontSize * LINE));
  const words = name.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (perLine < MIN_CHARS || maxLines < 1 || words.length === 0) return [];
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const joined = line ? `${line} ${word}` : word;
    if (joined.length <= perLine) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  lines.push(line);
  const kept = lines.slice(0, maxLines).map((text) => (text.length > perLine ? cut(text, perLine) : text));
  if (lines.length > maxLines) kept[maxLines - 1] = cut(`${kept[maxLines - 1]} `, perLine, true);
  return kept;
}

function cut(text: string, perLine: number, always = false): string {
  const clean = text.trim();
  if (!always && clean.length <= perLine) return clean;
  return `${clean.slice(0, perLine - 1).trimEnd()}…`;
}
