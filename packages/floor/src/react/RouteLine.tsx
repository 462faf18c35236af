// The visitor's route on the floor: one strip of amber arrows along the alleys.
import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { BufferAttribute, BufferGeometry, CanvasTexture, RepeatWrapping, SRGBColorSpace } from "three";
import type { Point } from "../core/types.ts";
import { useAnisotropy } from "./quality.ts";
import { ribbon } from "./ribbon.ts";

const WIDTH = 0.9;

function arrowTexture(anisotropy: number): CanvasTexture {
  const canvas = document.createElement("canvas");
  canvas.width = 64;
  canvas.height = 64;
  const ctx = canvas.getContext("2d");
  if (ctx) {
    ctx.fillStyle = "#e8893a";
    ctx.fillRect(0, 0, 64, 64);
    ctx.fillStyle = "#fff4e6";
    ctx.beginPath();
    ctx.moveTo(18, 14);
    ctx.lineTo(40, 32);
    ctx.lineTo(18, 50);
    ctx.lineTo(28, 50);
    ctx.lineTo(50, 32);
    ctx.lineTo(28, 14);
    ctx.closePath();
    ctx.fill();
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = RepeatWrapping;
  texture.anisotropy = anisotropy;
  return texture;
}

export function RouteLine({ polyline }: { polyline: readonly Point[] | null }) {
  const invalidate = useThree((s) => s.invalidate);
  const anisotropy = useAnisotropy(4);
  const texture = useMemo(() => arrowTexture(anisotropy), [anisotropy]);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    const data = ribbon(polyline ?? [], WIDTH, 0.06);
    g.setAttribute("position", new BufferAttribute(data.positions, 3));
    g.setAttribute("uv", new BufferAttribute(data.uvs, 2));
    g.setIndex(new BufferAttribute(data.indices, 1));
    return g;
  }, [polyline]);
  useEffect(() => {
    invalidate();
    return () => geometry.dispose();
  }, [geometry, invalidate]);
  useEffect(() => () => texture.dispose(), [texture]);
  if (!polyline || polyline.length < 2) return null;
  return (
    <mesh geometry={geometry} renderOrder={1}>
      <meshBasicMaterial map={texture} toneMapped={false} polygonOffset polygonOffsetFactor={-2} />
    </mesh>
  );
}
