/** File names as people gave them, made safe to store, show and send back in a download. */

const MAX_LENGTH = 120;
// Control characters (C0, DEL, C1) and the bidirectional overrides that disguise extensions.
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The last path segment of a browser-given name (both / and \ separate), without
 * control characters or leading dots, whitespace collapsed, at most 120 characters
 * with the extension kept; "file" when nothing is left.
 */
export function sanitizeFileName(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/\s+/g, " ")
    .replace(UNSAFE, "")
    .trim()
    .replace(/^[.\s]+/, "")
    .trim();
  return shorten(cleaned) || "file";
}

/**
 * The name ending in the extension of what we keep ("photo.HEIC" kept as WebP is
 * "photo.webp"); unchanged when it already does, whatever the letter case.
 */
export function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf(".");
  if (dot > 0 && name.slice(dot + 1).toLowerCase() === extension) return name;
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return shorten(`${stem}.${extension}`);
}

function shorten(name: string): string {
  const characters = [...name];
  if (characters.length <= MAX_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  // A very long "extension" is part of the name, not a type.
  const kept = extension.length > 0 && extension.length <= 16 ? extension : [];
  const stem = characters
    .slice(0, MAX_LENGTH - kept.length)
    .join("")
    .trimEnd();
  return stem + kept.join("");
}
