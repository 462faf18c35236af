/**
 * The tour's R3F canvas: the panorama on the inside of a sphere round the camera, looking where the
 * store says. Shows the smallest level at once, then swaps in the one this screen and GPU want.
 * Each frame it moves the hotspot buttons (DOM, outside React) to where their directions project.
 * Loaded lazily, so three.js stays in this chunk.
 */
import type { Panorama } from "@pavilion/schema";
import { Canvas, useFrame, useThree } from "@react-three/fiber";
import { useEffect, useMemo, useRef } from "react";
import {
  DoubleSide,
  LinearFilter,
  type MeshBasicMaterial,
  type PerspectiveCamera,
  SphereGeometry,
  SRGBColorSpace,
  type Texture,
  TextureLoader,
  Vector3,
} from "three";
import { directionOf } from "./angles.ts";
import { chooseLevel, firstLevel } from "./levels.ts";
import { prepareSphereGeometry } from "./sphere.ts";
import type { ViewStore } from "./viewStore.ts";
import type { LookView } from "./views.ts";

export interface HotspotPlacement {
  yaw: number;
  pitch: number;
  element: HTMLElement;
}

export interface TourCanvasProps {
  panorama: Panorama;
  view: ViewStore<LookView>;
  /** The current panorama's hotspot buttons, by id, to be moved over their places. */
  hotspots: ReadonlyMap<string, HotspotPlacement>;
  lowPower: boolean;
  /** The panorama's first picture is on screen. */
  onShown(panoramaId: string): void;
  onError(): void;
}

const loader = new TextureLoader();
const scratch = new Vector3();

function loadTexture(url: string): Promise<Texture> {
  return loader.loadAsync(url).then((texture) => {
    texture.colorSpace = SRGBColorSpace;
    // A panorama is mostly magnified; mipmaps would cost time and memory for little.
    texture.generateMipmaps = false;
    texture.minFilter = LinearFilter;
    return texture;
  });
}

function PanoramaSphere({ panorama, view, hotspots, onShown, onError }: TourCanvasProps) {
  const material = useRef<MeshBasicMaterial>(null);
  const geometry = useMemo(() => prepareSphereGeometry(new SphereGeometry(50, 64, 32)), []);
  const camera = useThree((state) => state.camera) as PerspectiveCamera;
  const gl = useThree((state) => state.gl);
  const size = useThree((state) => state.size);
  const invalidate = useThree((state) => state.invalidate);
  const callbacks = useRef({ onShown, onError });
  callbacks.current = { onShown, onError };
  const width = useRef(size.width);
  width.current = size.width;

  useEffect(() => () => geometry.dispose(), [geometry]);

  useEffect(() => {
    let alive = true;
    let shown: Texture | null = null;
    const show = (texture: Texture) => {
      if (!alive || !material.current) {
        texture.dispose();
        return;
      }
      const previous = material.current.map;
      material.current.map = texture;
      material.current.needsUpdate = true;
      if (previous && previous !== texture) previous.dispose();
      shown = texture;
      invalidate();
    };
    const smallest = firstLevel(panorama.levels);
    const chosen = chooseLevel(panorama.levels, {
      cssWidth: width.current,
      devicePixelRatio: window.devicePixelRatio || 1,
      maxTextureSize: gl.capabilities.maxTextureSize,
      coarsePointer: window.matchMedia?.("(pointer: coarse)").matches ?? false,
    });
    if (!smallest) return;
    loadTexture(smallest.url)
      .then((texture) => {
        show(texture);
        if (alive) callbacks.current.onShown(panorama.id);
        if (alive && chosen && chosen.url !== smallest.url) return loadTexture(chosen.url).then(show);
        return undefined;
      })
      .catch(() => {
        if (alive && !shown) callbacks.current.onError();
      });
    return () => {
      alive = false;
    };
  }, [panorama, gl, invalidate]);

  useEffect(() => {
    const look = (next: LookView) => {
      camera.fov = next.fov;
      camera.updateProjectionMatrix();
      camera.lookAt(...directionOf(next.yaw, next.pitch));
      invalidate();
    };
    look(view.get());
    return view.subscribe(look);
  }, [camera, view, invalidate]);

  useEffect(() => () => material.current?.map?.dispose(), []);

  useFrame(() => {
    camera.updateMatrixWorld();
    for (const { yaw, pitch, element } of hotspots.values()) {
      scratch.set(...directionOf(yaw, pitch)).project(camera);
      // Behind the camera (z > 1) or off the canvas: out of sight, but still reachable with Tab.
      const inView = scratch.z < 1 && Math.abs(scratch.x) <= 1.05 && Math.abs(scratch.y) <= 1.05;
      const x = ((scratch.x + 1) / 2) * size.width;
      const y = ((1 - scratch.y) / 2) * size.height;
      element.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
      element.dataset.inView = inView ? "true" : "false";
    }
  });

  return (
    <mesh geometry={geometry}>
      <meshBasicMaterial ref={material} side={DoubleSide} toneMapped={false} />
    </mesh>
  );
}

export default function TourCanvas(props: TourCanvasProps) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ antialias: false }}
      camera={{ fov: props.view.get().fov, near: 0.1, far: 200, position: [0, 0, 0] }}
      aria-hidden="true"
    >
      <PanoramaSphere {...props} />
    </Canvas>
  );
}
