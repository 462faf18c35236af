// Reading a featured model: three's GLTFLoader with the meshopt decoder shipped in
// three itself (the server stores meshopt-compressed .glb files; nothing comes from a CDN).
import { type Material, type Mesh, MeshStandardMaterial, type Object3D } from "three";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";

let loader: GLTFLoader | null = null;

function gltfLoader(): GLTFLoader {
  loader ??= new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  return loader;
}

/** Fetches and parses a .glb; resolves to its default scene, dulled for the floor's light. */
export async function loadGltfModel(url: string): Promise<Object3D> {
  const gltf = await gltfLoader().loadAsync(url);
  return dullMetalsForFloor(gltf.scene);
}

/** At most this metallic on the floor, and at least this rough. */
const FLOOR_MAX_METALNESS = 0.35;
const FLOOR_MIN_ROUGHNESS = 0.45;

/**
 * The floor has no reflection map (one would cost every booth a texture lookup), and a metal
 * lit only by lamps draws nearly black: polished steel gets a satin finish instead.
 */
export function dullMetalsForFloor(scene: Object3D): Object3D {
  scene.traverse((object) => {
    const material = (object as Mesh).material as Material | Material[] | undefined;
    for (const each of Array.isArray(material) ? material : material ? [material] : []) {
      if (!(each instanceof MeshStandardMaterial)) continue;
      each.metalness = Math.min(each.metalness, FLOOR_MAX_METALNESS);
      each.roughness = Math.max(each.roughness, FLOOR_MIN_ROUGHNESS);
    }
  });
  return scene;
}

/** Parses .glb bytes already in memory. */
export async function parseGltfModel(bytes: ArrayBuffer): Promise<Object3D> {
  const gltf = await gltfLoader().parseAsync(bytes, "");
  return gltf.scene;
}
