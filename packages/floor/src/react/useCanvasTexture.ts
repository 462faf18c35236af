import { useEffect, useMemo } from "react";
import { CanvasTexture, LinearMipmapLinearFilter, SRGBColorSpace } from "three";
import { useAnisotropy } from "./quality.ts";

/** A canvas of the given size wrapped in an sRGB texture, disposed when the size changes or on unmount. */
export function useCanvasTexture(width: number, height: number, anisotropy = 4): CanvasTexture {
  const level = useAnisotropy(anisotropy);
  const texture = useMemo(() => {
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(width));
    canvas.height = Math.max(1, Math.round(height));
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    t.minFilter = LinearMipmapLinearFilter;
    t.anisotropy = level;
    return t;
  }, [width, height, level]);
  useEffect(() => () => texture.dispose(), [texture]);
  return texture;
}

/** The 2D context of a canvas texture's canvas. */
export function contextOf(texture: CanvasTexture): CanvasRenderingContext2D | null {
  const canvas = texture.image as HTMLCanvasElement;
  return canvas.getContext("2d");
}

/** Resolves once the font can draw (or could not load); canvas text does not wait by itself. */
export async function fontReady(fontFamily: string, weight = 600): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  try {
    await document.fonts.load(`${weight} 24px ${fontFamily}`, "Аб Ab");
  } catch {
    // Draw with the fallback font rather than not at all.
  }
}
