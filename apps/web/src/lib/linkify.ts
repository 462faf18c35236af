/** Splits plain text into text and web links, so links in a letter can be clicked; never HTML. */
export type TextPart = { kind: "text"; text: string } | { kind: "link"; href: string };

const urlPattern = /https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/g;

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "link", href: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}
