// The hall: the painted floor (one textured plane), the walls (one inward-facing
// strip, invisible from outside, so the overview looks in over them) and a ceiling
// of light panels that faces down (so it too vanishes from above).
import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { RepeatWrapping } from "three";
import type { FloorLayout } from "../core/types.ts";
import { drawFloor, floorScale } from "./floorArt.ts";
import { CEILING_REPEAT, drawCeiling, drawWall } from "./hallArt.ts";
import { hallWalls } from "./hallGeometry.ts";
import { contextOf, useCanvasTexture } from "./useCanvasTexture.ts";

export const HALL_HEIGHT = 11;
const MARGIN = 4;

function usePainted(
  width: number,
  height: number,
  paint: (ctx: CanvasRenderingContext2D) => void,
  { repeat = false, anisotropy = 4 } = {},
) {
  const invalidate = useThree((s) => s.invalidate);
  const texture = useCanvasTexture(width, height, anisotropy);
  useEffect(() => {
    const ctx = contextOf(texture);
    if (!ctx) return;
    paint(ctx);
    if (repeat) texture.wrapS = texture.wrapT = RepeatWrapping;
    texture.needsUpdate = true;
    invalidate();
  }, [texture, paint, repeat, invalidate]);
  return texture;
}

export function Hall({ layout }: { layout: FloorLayout }) {
  const span = { w: layout.width + 2 * MARGIN, d: layout.depth + 2 * MARGIN };
  const scale = floorScale(span.w, span.d, 3072, 28);
  const paintFloor = useMemo(
    () => (ctx: CanvasRenderingContext2D) => {
      ctx.translate(MARGIN * scale, MARGIN * scale);
      drawFloor(ctx, layout, scale);
    },
    [layout, scale],
  );
  const floor = usePainted(span.w * scale, span.d * scale, paintFloor, { anisotropy: 8 });
  const wall = usePainted(512, 256, drawWall, { repeat: true });
  const ceiling = usePainted(256, 256, drawCeiling, { repeat: true });
  const { width, depth } = layout;
  const walls = useMemo(
    () => hallWalls(-MARGIN, -MARGIN, width + MARGIN, depth + MARGIN, HALL_HEIGHT),
    [width, depth],
  );
  useEffect(() => () => walls.dispose(), [walls]);
  ceiling.repeat.set(span.w / CEILING_REPEAT, span.d / CEILING_REPEAT);
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} position={[width / 2, 0, depth / 2]}>
        <planeGeometry args={[span.w, span.d]} />
        <meshLambertMaterial map={floor} />
      </mesh>
      <mesh geometry={walls}>
        <meshLambertMaterial map={wall} />
      </mesh>
      <mesh rotation-x={Math.PI / 2} position={[width / 2, HALL_HEIGHT, depth / 2]}>
        <planeGeometry args={[span.w, span.d]} />
        <meshBasicMaterial map={ceiling} color="#f4f2ee" toneMapped={false} />
      </mesh>
    </group>
  );
}
