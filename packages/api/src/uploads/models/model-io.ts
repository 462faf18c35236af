/// <reference path="./draco3dgltf.d.ts" />
/**
 * The glTF reader and writer for uploaded models: every extension gltf-transform knows, with
 * the Draco and meshopt decoders, so compressed uploads open too. Made once per process.
 */
import { Logger, NodeIO } from "@gltf-transform/core";
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import draco3d from "draco3dgltf";
import { MeshoptDecoder, MeshoptEncoder } from "meshoptimizer";

/** Extensions a model may require: all gltf-transform reads, but KTX2 textures, which we cannot re-encode. */
export const READABLE_EXTENSIONS: ReadonlySet<string> = new Set(
  ALL_EXTENSIONS.map((extension) => extension.EXTENSION_NAME).filter((name) => name !== "KHR_texture_basisu"),
);

let io: Promise<NodeIO> | undefined;

/** The shared NodeIO; reading only ever goes through readBinary, so nothing is fetched from disk. */
export function modelIO(): Promise<NodeIO> {
  io ??= makeIO();
  return io;
}

async function makeIO(): Promise<NodeIO> {
  await Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready]);
  return (
    new NodeIO()
      // Warnings and errors only: the optimisers' progress lines would fill the server's log.
      .setLogger(new Logger(Logger.Verbosity.WARN))
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({
        "draco3d.decoder": await draco3d.createDecoderModule(),
        "meshopt.decoder": MeshoptDecoder,
        "meshopt.encoder": MeshoptEncoder,
      })
  );
}
