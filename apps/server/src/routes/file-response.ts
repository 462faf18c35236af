/**
 * How stored files leave our origin: only known harmless types keep their media type,
 * only images, videos and 3D models show inline, everything is sandboxed and never
 * sniffed, and single byte ranges are served so videos can seek.
 */
import type { ByteRange } from "@pavilion/api";
import type { FastifyReply } from "fastify";

// Types a browser renders without running anything: shown inline.
const inlineTypes = new Set([
  "image/png",
  "image/jpeg",
  "image/webp",
  "image/gif",
  "image/avif",
  "video/mp4",
  "video/webm",
  // Product models (issue 8): read by the page's own viewer, which fetches them; a browser runs
  // nothing from a glTF binary, and the page needs it inline, not as a download.
  "model/gltf-binary",
]);
// Types we keep as uploads and send as downloads with their real type.
const downloadTypes = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.presentation",
]);

/** The media type we send: the real one for known harmless types, else a plain download. */
export function safeType(mime: string): string {
  return inlineTypes.has(mime) || downloadTypes.has(mime) ? mime : "application/octet-stream";
}

/** True when the file may be shown in the page (images, videos and 3D models). */
export function isInline(mime: string): boolean {
  return inlineTypes.has(mime);
}

/** `attachment` with an ASCII fallback name and the exact name in UTF-8 (RFC 6266, RFC 8187). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The byte range a Range header asks for: null when there is none or it is not one we
 * serve (several ranges, other units: the whole file is sent), "unsatisfiable" when it
 * lies outside the file.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return null;
  if (from === "") {
    // The last N bytes.
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

/** Headers every stored file is sent with. */
export function fileSafetyHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; sandbox")
    .header("cross-origin-resource-policy", "same-origin");
}
