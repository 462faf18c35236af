import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { NodeIO } from "@gltf-transform/core";
import { KHRDracoMeshCompression } from "@gltf-transform/extensions";
import draco3d from "draco3dgltf";
import { MeshoptDecoder } from "meshoptimizer";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { buildDemoModelGlb } from "../../demo/art/product-model.ts";
import { AppError } from "../../errors.ts";
import { defaultUploadLimits } from "../limits.ts";
import { countTriangles } from "./model-budget.ts";
import { modelIO } from "./model-io.ts";
import { PREVIEW_SIDE } from "./model-preview.ts";
import { optimiseGlb, prepareModel } from "./prepare-model.ts";
import {
  externalBufferGlb,
  externalImageGlb,
  gridGlb,
  handMadeGlb,
  noGeometryGlb,
  redCubeGlb,
  texturedCubeGlb,
} from "./test-models.ts";

interface MeshoptView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride: number;
  count: number;
  mode: "ATTRIBUTES" | "TRIANGLES" | "INDICES";
  filter?: "NONE" | "OCTAHEDRAL" | "QUATERNION" | "EXPONENTIAL" | "COLOR";
}

/** The JSON and binary chunks of a .glb. */
function chunksOf(glb: Uint8Array) {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength)));
  const binLength = view.getUint32(20 + jsonLength, true);
  const bin = glb.subarray(28 + jsonLength, 28 + jsonLength + binLength);
  return { json, bin };
}

/** The meshopt decoder the web app's GLTFLoader uses (three's copy, as the browser gets it). */
async function threeMeshoptDecoder(): Promise<typeof MeshoptDecoder> {
  const web = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    "../../../../../apps/web/package.json",
  );
  const file = createRequire(web).resolve("three/examples/jsm/libs/meshopt_decoder.module.js");
  const module = (await import(pathToFileURL(file).href)) as { MeshoptDecoder: typeof MeshoptDecoder };
  await module.MeshoptDecoder.ready;
  return module.MeshoptDecoder;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("expected a refusal"),
    (caught: unknown) => caught,
  );
  if (error instanceof AppError) return error;
  throw error;
}

describe("optimising an uploaded model", () => {
  it("keeps the triangles, meshopt-compresses them in a form three's decoder reads, and draws a preview", async () => {
    const upload = await buildDemoModelGlb();
    const optimised = await optimiseGlb(upload);
    const uploaded = await (await modelIO()).readBinary(upload);
    expect(optimised.triangles).toBe(countTriangles(uploaded));
    expect(optimised.glb.byteLength).toBeLessThan(upload.byteLength);

    const { json, bin } = chunksOf(optimised.glb);
    expect(json.extensionsUsed).toEqual(
      expect.arrayContaining(["EXT_meshopt_compression", "KHR_mesh_quantization", "EXT_texture_webp"]),
    );
    expect(json.images.every((image: { mimeType: string }) => image.mimeType === "image/webp")).toBe(true);
    const compressed: MeshoptView[] = json.bufferViews
      .map(
        (view: { extensions?: { EXT_meshopt_compression?: MeshoptView } }) =>
          view.extensions?.EXT_meshopt_compression,
      )
      .filter(Boolean);
    expect(compressed.length).toBeGreaterThan(0);
    const three = await threeMeshoptDecoder();
    for (const view of compressed) {
      const source = bin.subarray(view.byteOffset ?? 0, (view.byteOffset ?? 0) + view.byteLength);
      // As GLTFLoader's GLTFMeshoptCompression does it.
      const byThree = new Uint8Array(view.count * view.byteStride);
      three.decodeGltfBuffer(byThree, view.count, view.byteStride, source, view.mode, view.filter);
      const byReference = new Uint8Array(view.count * view.byteStride);
      MeshoptDecoder.decodeGltfBuffer(
        byReference,
        view.count,
        view.byteStride,
        source,
        view.mode,
        view.filter,
      );
      expect(byThree).toEqual(byReference);
    }

    const reread = await (await modelIO()).readBinary(optimised.glb);
    expect(countTriangles(reread)).toBe(optimised.triangles);
    const [min, max] = [optimised.bounds.min, optimised.bounds.max];
    expect(max[1] - min[1]).toBeGreaterThan(0.5);
    const preview = await sharp(optimised.preview).metadata();
    expect([preview.format, preview.width, preview.height]).toEqual(["webp", PREVIEW_SIDE, PREVIEW_SIDE]);
  });

  it("draws a red cube red in the middle of its preview", async () => {
    const { preview, triangles, bounds } = await optimiseGlb(await redCubeGlb());
    expect(triangles).toBe(12);
    expect(bounds).toEqual({ min: [-0.5, -0.5, -0.5], max: [0.5, 0.5, 0.5] });
    const { data, info } = await sharp(preview).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) =>
      Array.from(
        data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
      );
    const [r = 0, g = 0, b = 0] = at(PREVIEW_SIDE / 2, PREVIEW_SIDE / 2);
    expect(r).toBeGreaterThan(2 * Math.max(g, b));
    const [cr = 0, cg = 0, cb = 0] = at(2, 2);
    expect(Math.min(cr, cg, cb)).toBeGreaterThan(220);
  });

  it("reads uploads that are already Draco- or meshopt-compressed", async () => {
    const document = await (await modelIO()).readBinary(await redCubeGlb());
    document.createExtension(KHRDracoMeshCompression).setRequired(true);
    const encoderIO = new NodeIO()
      .registerExtensions([KHRDracoMeshCompression])
      .registerDependencies({ "draco3d.encoder": await draco3d.createEncoderModule() });
    const draco = await encoderIO.writeBinary(document);
    expect(chunksOf(draco).json.extensionsRequired).toEqual(["KHR_draco_mesh_compression"]);
    const fromDraco = await optimiseGlb(draco);
    expect(fromDraco.triangles).toBe(12);
    expect(chunksOf(fromDraco.glb).json.extensionsUsed).not.toContain("KHR_draco_mesh_compression");
    const again = await optimiseGlb(fromDraco.glb);
    expect(again.triangles).toBe(12);
  });

  it("refuses an upload over the model size limit before reading it", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "model-"));
    try {
      const file = path.join(folder, "big.glb");
      await writeFile(file, await redCubeGlb());
      const limits = { ...defaultUploadLimits, model: 100 };
      const error = await refusal(prepareModel({ path: file, originalName: "big.glb", limits }));
      expect(error.code).toBe("upload.tooLarge");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("re-encodes textures as WebP", async () => {
    const { glb } = await optimiseGlb(await texturedCubeGlb(300, 200));
    const { json } = chunksOf(glb);
    expect(json.images).toEqual([expect.objectContaining({ mimeType: "image/webp" })]);
  });

  it.each([
    ["random bytes", () => new Uint8Array(4096).map((_, i) => (i * 7919) % 251), "model.notGltf"],
    ["a glTF JSON text", () => new TextEncoder().encode('{"asset":{"version":"2.0"}}'), "model.notGltf"],
    ["a glTF 1 binary", () => handMadeGlb({ asset: { version: "1.0" } }), "model.notGltf"],
  ])("refuses %s as not glTF", async (_name, bytes, code) => {
    expect((await refusal(optimiseGlb(bytes()))).code).toBe(code);
  });

  it("refuses external buffers and images, naming the uri", async () => {
    const buffer = await refusal(optimiseGlb(externalBufferGlb("../../secrets/mesh.bin")));
    expect([buffer.code, buffer.params]).toEqual(["model.externalUri", { uri: "../../secrets/mesh.bin" }]);
    const long = `https://cdn.example/${"x".repeat(200)}.png`;
    const image = await refusal(optimiseGlb(externalImageGlb(long)));
    expect(image.code).toBe("model.externalUri");
    expect(String(image.params?.uri).length).toBeLessThanOrEqual(80);
  });

  it("refuses a model that requires an extension we cannot read", async () => {
    const bytes = handMadeGlb({
      asset: { version: "2.0" },
      extensionsUsed: ["VENDOR_secret_mesh"],
      extensionsRequired: ["VENDOR_secret_mesh"],
    });
    const error = await refusal(optimiseGlb(bytes));
    expect([error.code, error.params]).toEqual([
      "model.unsupportedExtension",
      { extension: "VENDOR_secret_mesh" },
    ]);
  });

  it("counts each use of a mesh towards the triangle budget", async () => {
    // 224² quads = 100,352 triangles, shown five times.
    const error = await refusal(optimiseGlb(await gridGlb(224, 5)));
    expect(error.code).toBe("model.tooManyTriangles");
    expect(String(error.params?.triangles).replace(/\D/g, "")).toBe("501760");
    expect(String(error.params?.limit).replace(/\D/g, "")).toBe("500000");
  });

  it("refuses a model with no triangles (a camera and points)", async () => {
    expect((await refusal(optimiseGlb(await noGeometryGlb()))).code).toBe("model.noGeometry");
  });

  it("refuses a texture over the side limit", async () => {
    const error = await refusal(optimiseGlb(await texturedCubeGlb(8193, 1)));
    expect([error.code, error.params]).toEqual([
      "model.textureTooLarge",
      { width: 8193, height: 1, limit: 8192 },
    ]);
  });

  it("refuses a broken binary chunk as corrupt", async () => {
    const good = await redCubeGlb();
    const { json } = chunksOf(good);
    const error = await refusal(optimiseGlb(handMadeGlb(json)));
    expect(error.code).toBe("upload.corrupt");
  });
});
