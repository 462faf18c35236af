/** Exhibitor-written text shaped for the page: paragraphs, and short lists shown as chips. */

/** Paragraphs split at blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The items of a short list ("Bachelor's programmes, summer schools" or one per
 * line), or null when the text reads as prose and should stay a paragraph.
 */
export function listItems(text: string): string[] | null {
  const byLine = text.includes("\n");
  const items = text
    .split(byLine ? /\n/ : /[,;]/)
    .map((item) =>
      item
        .replace(/^[\s•*–—-]+/, "")
        .replace(/[.;]\s*$/, "")
        .trim(),
    )
    .filter(Boolean);
  if (items.length < 2 || items.length > 16) return null;
  return items.every((item) => item.length <= 60 && !/[.!?]\s/.test(item)) ? items : null;
}
