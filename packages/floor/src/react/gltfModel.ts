// Reading a featured model: three's GLTFLoader with the meshopt decoder shipped in
// three itself (the server stores meshopt-compressed .glb files; nothing comes from a CDN).
import type { Object3D } from "three";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";

let loader: GLTFLoader | null = null;

function gltfLoader(): GLTFLoader {
  loader ??= new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  return loader;
}

/** Fetches and parses a .glb; resolves to its default scene. */
export async function loadGltfModel(url: string): Promise<Object3D> {
  const gltf = await gltfLoader().loadAsync(url);
  return gltf.scene;
}

/** Parses .glb bytes already in memory. */
export async function parseGltfModel(bytes: ArrayBuffer): Promise<Object3D> {
  const gltf = await gltfLoader().parseAsync(bytes, "");
  return gltf.scene;
}
