/**
 * The first look at an uploaded model, before any glTF library touches it: is it a glTF 2
 * binary, does it point at files outside itself, does it require an extension we cannot
 * read. Reading only our own parse of the JSON chunk means nothing is ever fetched from disk.
 */
import { AppError } from "../../errors.ts";

const GLB_MAGIC = 0x46546c67; // "glTF"
const CHUNK_JSON = 0x4e4f534a; // "JSON"
const HEADER_BYTES = 12;
const CHUNK_HEADER_BYTES = 8;
const SHOWN_URI_LENGTH = 80;

/** The parts of a glTF JSON document this check reads. */
interface GltfJson {
  asset?: { version?: unknown };
  buffers?: { uri?: unknown }[];
  images?: { uri?: unknown }[];
  extensionsRequired?: unknown[];
}

/** Throws model.notGltf, model.externalUri or model.unsupportedExtension. */
export function checkGlbContainer(bytes: Uint8Array, readableExtensions: ReadonlySet<string>): void {
  const json = jsonChunkOf(bytes);
  const uri = firstExternalUri(json);
  if (uri !== null) {
    const shown = uri.length > SHOWN_URI_LENGTH ? `${uri.slice(0, SHOWN_URI_LENGTH - 1)}…` : uri;
    throw new AppError("model.externalUri", `external uri ${shown}`, { uri: shown });
  }
  for (const extension of json.extensionsRequired ?? []) {
    if (typeof extension !== "string" || !readableExtensions.has(extension)) {
      throw new AppError("model.unsupportedExtension", `requires ${String(extension)}`, {
        extension: String(extension).slice(0, SHOWN_URI_LENGTH),
      });
    }
  }
}

/** The parsed JSON chunk of a glTF 2 binary; throws model.notGltf for anything else. */
function jsonChunkOf(bytes: Uint8Array): GltfJson {
  const notGltf = (why: string) => new AppError("model.notGltf", why);
  if (bytes.byteLength < HEADER_BYTES + CHUNK_HEADER_BYTES) throw notGltf("too short for a GLB header");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== GLB_MAGIC) throw notGltf("no glTF magic");
  if (view.getUint32(4, true) !== 2) throw notGltf(`GLB version ${view.getUint32(4, true)}`);
  if (view.getUint32(8, true) > bytes.byteLength) throw notGltf("GLB shorter than its header says");
  const jsonLength = view.getUint32(HEADER_BYTES, true);
  if (view.getUint32(HEADER_BYTES + 4, true) !== CHUNK_JSON) throw notGltf("first chunk is not JSON");
  const start = HEADER_BYTES + CHUNK_HEADER_BYTES;
  if (start + jsonLength > bytes.byteLength) throw notGltf("JSON chunk runs past the end");
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, start + jsonLength)),
    );
  } catch {
    throw notGltf("JSON chunk does not parse");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw notGltf("JSON is not an object");
  const gltf = json as GltfJson;
  if (typeof gltf.asset?.version !== "string" || !gltf.asset.version.startsWith("2.")) {
    throw notGltf("not a glTF 2.x asset");
  }
  if (!arrayOrAbsent(gltf.buffers) || !arrayOrAbsent(gltf.images)) throw notGltf("malformed buffers/images");
  if (!arrayOrAbsent(gltf.extensionsRequired)) throw notGltf("malformed extensionsRequired");
  return gltf;
}

/** The first buffer or image uri that is not embedded data (a .glb carries its own bytes). */
function firstExternalUri(json: GltfJson): string | null {
  for (const item of [...(json.buffers ?? []), ...(json.images ?? [])]) {
    const uri = typeof item === "object" && item !== null ? item.uri : undefined;
    if (uri === undefined) continue;
    if (typeof uri !== "string") return String(uri);
    if (!uri.startsWith("data:")) return uri;
  }
  return null;
}

function arrayOrAbsent(value: unknown): boolean {
  return value === undefined || Array.isArray(value);
}
