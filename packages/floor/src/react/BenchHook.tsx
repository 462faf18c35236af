// With ?bench=1 the page exposes the renderer to the benchmark and the end-to-end
// tests: draw calls, render times, the first frame, and where a booth is on screen.
import type { FloorBooth } from "@pavilion/schema";
import { useThree } from "@react-three/fiber";
import { type RefObject, useEffect } from "react";
import type { Camera, Object3D, WebGLRenderer } from "three";
import type { Picker } from "../core/picking.ts";
import type { PlacedBooth } from "../core/types.ts";
import { boothFrame, local } from "./boothParts.ts";
import type { ModelShelf } from "./modelShelf.ts";
import { pickAlongRay } from "./pickRay.ts";
import { pointerRay, screenPoint } from "./pointerRay.ts";
import type { ViewStore } from "./viewStore.ts";

export interface FloorBenchHook {
  gl: WebGLRenderer;
  scene: Object3D;
  camera: Camera;
  booths: number;
  drawCalls(): number;
  renderCpuMs: number[];
  firstFrameAt?: number;
  /** Where the visitor is and looks now. */
  view(): { x: number; z: number; yaw: number; mode: string };
  /** Client x/y of a point the pointer can hover to pick this exhibitor's booth, or null. */
  screenPositionOf(exhibitorId: string): { x: number; y: number } | null;
  /** Exhibitor ids whose featured model is drawn now (near the visitor, walking). */
  modelsShown(): string[];
  /** Featured models wanted near the visitor but not loaded yet. */
  modelsLoading(): number;
}

declare global {
  interface Window {
    __pavilionFloor?: FloorBenchHook;
  }
}

export interface BenchHookProps {
  booths: readonly PlacedBooth[];
  infos: readonly FloorBooth[];
  picker: Picker;
  view: ViewStore;
  /** The featured models' shelf, when the scene draws them. */
  models?: RefObject<ModelShelf | null>;
}

function candidates(b: PlacedBooth) {
  const f = boothFrame(b);
  // Inside the booth first, then along its open front (seen down an alley, only the front shows).
  const q = f.frontage / 4;
  const spots = [
    [0, f.depth / 2, 0.5],
    [0, f.depth * 0.3, 1.2],
    [0, f.depth - 0.3, 1.6],
    [q, f.depth * 0.5, 0.3],
    [-q, f.depth * 0.5, 0.3],
    [0, 0.1, 2.7],
    [q, 0.1, 1.5],
    [-q, 0.1, 1.5],
    [0, 0.1, 0.4],
  ] as const;
  return spots.map(([u, v, y]) => ({ ...local(f, u, v), y }));
}

export function BenchHook({ booths, infos, picker, view, models }: BenchHookProps) {
  const { gl, scene, camera, invalidate } = useThree();
  useEffect(() => {
    const times: number[] = [];
    const render = gl.render.bind(gl);
    gl.render = (s, c) => {
      const start = performance.now();
      render(s, c);
      times.push(performance.now() - start);
      if (times.length > 600) times.shift();
    };
    const hook: FloorBenchHook = {
      gl,
      scene,
      camera,
      booths: booths.length,
      drawCalls: () => gl.info.render.calls,
      renderCpuMs: times,
      view: () => {
        const v = view.get();
        return { x: v.x, z: v.z, yaw: v.yaw, mode: v.mode };
      },
      modelsShown: () => models?.current?.shown() ?? [],
      modelsLoading: () => models?.current?.loading() ?? 0,
      screenPositionOf(exhibitorId) {
        const i = infos.findIndex((info) => info.exhibitorId === exhibitorId);
        const booth = booths[i];
        if (!booth) return null;
        const rect = gl.domElement.getBoundingClientRect();
        for (const spot of candidates(booth)) {
          const at = screenPoint(camera, rect, spot);
          if (at && pickAlongRay(picker, pointerRay(camera, rect, at.x, at.y)).booth?.id === booth.id)
            return at;
        }
        return null;
      },
    };
    window.__pavilionFloor = hook;
    // The first frame counts once the names are drawn (they wait for the font) and a render happened.
    let frame = 0;
    const settle = () => {
      frame = requestAnimationFrame(() => {
        if (times.length > 0) hook.firstFrameAt = performance.now();
        else {
          invalidate();
          settle();
        }
      });
    };
    void document.fonts.ready.then(() => {
      times.length = 0;
      invalidate();
      settle();
    });
    return () => {
      cancelAnimationFrame(frame);
      gl.render = render;
      if (window.__pavilionFloor === hook) delete window.__pavilionFloor;
    };
  }, [gl, scene, camera, booths, infos, picker, view, models, invalidate]);
  return null;
}
