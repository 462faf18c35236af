/**
 * What an uploaded file is, told by its bytes alone: never by its name or the type
 * the browser claimed. SVG is refused on its own (it is text that can carry scripts).
 */
import { open } from "node:fs/promises";
import { fileTypeFromFile } from "file-type";
import { AppError } from "../errors.ts";
import {
  type AcceptedFormat,
  acceptedFormat,
  acceptedLabels,
  purposeAccepts,
  type UploadPurpose,
} from "./formats.ts";
import { bilingualParam } from "./sizes.ts";

const HEAD_BYTES = 4096;

/** The accepted format of the file for the purpose; throws upload.svgRefused or upload.typeNotAllowed. */
export async function identifyUpload(path: string, purpose: UploadPurpose): Promise<AcceptedFormat> {
  const detected = await fileTypeFromFile(path);
  const format = detected ? acceptedFormat(detected.mime, purpose) : undefined;
  if (format && purposeAccepts(purpose, format.kind)) return format;
  const head = textOf(await readHead(path));
  if (head !== null && looksLikeSvg(head)) throw new AppError("upload.svgRefused");
  const known = format?.label ?? detected?.ext.toUpperCase();
  const name = known ? { en: known, ru: known } : nameOfUnknown(head);
  throw new AppError("upload.typeNotAllowed", `refused ${detected?.mime ?? "unknown content"}`, {
    ...bilingualParam("detected", name.en, name.ru),
    allowed: acceptedLabels(purpose),
  });
}

/** SVG: text that starts with <svg, or an XML prologue, doctype or comment followed by <svg. */
export function looksLikeSvg(text: string): boolean {
  const start = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (start.startsWith("<svg")) return true;
  return /^<(\?xml|!doctype|!--)/.test(start) && start.includes("<svg");
}

/** What people call content file-type does not know: an HTML page, plain text, or unknown. */
function nameOfUnknown(head: string | null): { en: string; ru: string } {
  if (head === null) return { en: "unrecognised", ru: "неизвестный формат" };
  if (/<(!doctype\s+html|html|head|body|script|iframe|style|meta)\b/i.test(head)) {
    return { en: "HTML", ru: "HTML" };
  }
  return { en: "text", ru: "текст" };
}

/** The text of the bytes when they are UTF-8 without NULs, else null. */
function textOf(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
