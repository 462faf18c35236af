/**
 * The model viewer's R3F canvas: one .glb (meshopt-compressed, decoded locally), lit by plain
 * lights and a room environment made on the spot (nothing from a CDN), seen from the orbit view
 * in the store. Draws only on demand. Loaded lazily, so three.js stays in this chunk.
 */
import type { ModelBounds } from "@pavilion/schema";
import { Canvas, useFrame, useThree } from "@react-three/fiber";
import { useEffect, useMemo, useRef, useState } from "react";
import { type Mesh, type Object3D, PMREMGenerator, type Texture } from "three";
import { RoomEnvironment } from "three/examples/jsm/environments/RoomEnvironment.js";
import { MeshoptDecoder } from "three/examples/jsm/libs/meshopt_decoder.module.js";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { frameBounds, orbitCameraPosition } from "./framing.ts";
import type { ViewStore } from "./viewStore.ts";
import { ORBIT_HOME, type OrbitView } from "./views.ts";

const FOV = 40;

export interface ModelCanvasProps {
  /** The .glb's bytes (fetched by the page while this chunk loads). */
  bytes: Promise<ArrayBuffer>;
  bounds: ModelBounds;
  view: ViewStore<OrbitView>;
  /** Software WebGL: no MSAA. */
  lowPower: boolean;
  /** The first frame with the model in it has been drawn. */
  onReady(): void;
  onError(): void;
}

let loader: GLTFLoader | null = null;
function gltfLoader(): GLTFLoader {
  loader ??= new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  return loader;
}

/** Frees what the model put on the GPU. */
function disposeModel(root: Object3D) {
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    mesh.geometry.dispose();
    const materials = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
    for (const material of materials) {
      for (const value of Object.values(material)) {
        if (value && typeof value === "object" && (value as Texture).isTexture) (value as Texture).dispose();
      }
      material.dispose();
    }
  });
}

function RoomLight() {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  useEffect(() => {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    scene.environment = target.texture;
    scene.environmentIntensity = 0.8;
    room.dispose();
    pmrem.dispose();
    return () => {
      scene.environment = null;
      target.dispose();
    };
  }, [gl, scene]);
  return null;
}

function ModelScene({ bytes, bounds, view, onReady, onError }: ModelCanvasProps) {
  const [model, setModel] = useState<Object3D | null>(null);
  const camera = useThree((state) => state.camera);
  const aspect = useThree((state) => state.size.width / Math.max(1, state.size.height));
  const invalidate = useThree((state) => state.invalidate);
  const framing = useMemo(() => frameBounds(bounds, FOV, aspect, ORBIT_HOME.elevation), [bounds, aspect]);
  const reported = useRef(false);
  // The room light's reflections come after the first frame: the model shows sooner without them.
  const [lit, setLit] = useState(false);
  const callbacks = useRef({ onReady, onError });
  callbacks.current = { onReady, onError };

  useEffect(() => {
    let alive = true;
    let loaded: Object3D | null = null;
    bytes
      .then((buffer) => gltfLoader().parseAsync(buffer, ""))
      .then((gltf) => {
        loaded = gltf.scene;
        if (alive) setModel(gltf.scene);
        else disposeModel(gltf.scene);
      })
      .catch(() => {
        if (alive) callbacks.current.onError();
      });
    return () => {
      alive = false;
      if (loaded) disposeModel(loaded);
    };
  }, [bytes]);

  useEffect(() => {
    const place = (orbit: OrbitView) => {
      camera.position.set(...orbitCameraPosition(framing, orbit));
      camera.lookAt(...framing.centre);
      camera.near = framing.near;
      camera.far = framing.far;
      camera.updateProjectionMatrix();
      invalidate();
    };
    place(view.get());
    return view.subscribe(place);
  }, [camera, framing, view, invalidate]);

  useEffect(() => {
    if (model) invalidate();
  }, [model, invalidate]);

  useFrame(() => {
    if (!model || reported.current) return;
    reported.current = true;
    // Frame callbacks run before the render of the same tick; the microtask comes after it.
    queueMicrotask(() => {
      callbacks.current.onReady();
      setLit(true);
    });
  });

  return (
    <>
      <hemisphereLight args={["#ffffff", "#8a94a8", 1.4]} />
      <directionalLight position={[3, 5, 4]} intensity={2} />
      <directionalLight position={[-4, 2, -3]} intensity={0.6} />
      {lit ? <RoomLight /> : null}
      {model ? <primitive object={model} /> : null}
    </>
  );
}

export default function ModelCanvas(props: ModelCanvasProps) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ antialias: !props.lowPower, alpha: true }}
      camera={{ fov: FOV, position: [0, 0, 5] }}
      aria-hidden="true"
    >
      <ModelScene {...props} />
    </Canvas>
  );
}
