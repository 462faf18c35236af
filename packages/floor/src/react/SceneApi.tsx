// What the page may ask the scene outside React's render: where a booth is on screen
// (to anchor a popup to a booth the keyboard or a search chose).
import { useThree } from "@react-three/fiber";
import { useEffect } from "react";
import type { PlacedBooth } from "../core/types.ts";
import { boothFrame, FASCIA_TOP, local } from "./boothParts.ts";
import { screenPoint } from "./pointerRay.ts";

export interface FloorSceneApi {
  /** Client x/y of the top middle of the booth's front, or null when it is off screen. */
  screenOfBooth(boothId: string): { x: number; y: number } | null;
}

export function SceneApi({
  booths,
  onApi,
}: {
  booths: readonly PlacedBooth[];
  onApi(api: FloorSceneApi | null): void;
}) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const byId = new Map(booths.map((b) => [b.id, b]));
    onApi({
      screenOfBooth(boothId) {
        const booth = byId.get(boothId);
        if (!booth) return null;
        const f = boothFrame(booth);
        const top = local(f, 0, 0.2);
        return screenPoint(camera, gl.domElement.getBoundingClientRect(), {
          x: top.x,
          y: FASCIA_TOP,
          z: top.z,
        });
      },
    });
    return () => onApi(null);
  }, [booths, camera, gl, onApi]);
  return null;
}
