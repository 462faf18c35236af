// Every logo of the floor (back wall and fascia of each booth): one instanced quad
// draw sampling the server's logo atlas, with drawn initials where a logo is missing.
import type { FloorBooth, FloorPlan } from "@pavilion/schema";
import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { InstancedBufferAttribute, InstancedMesh, PlaneGeometry } from "three";
import type { PlacedBooth } from "../core/types.ts";
import { type AtlasGrid, cellUv, squareGrid } from "./atlas.ts";
import { createAtlasMaterial } from "./atlasMaterial.ts";
import { logoSigns } from "./boothParts.ts";
import { setSign } from "./instances.ts";
import { drawInitials } from "./labelArt.ts";
import { boothName, initialsOf, type Locale } from "./plan.ts";
import { useAtlasTexture } from "./useAtlasTexture.ts";
import { contextOf, fontReady, useCanvasTexture } from "./useCanvasTexture.ts";

const PER_BOOTH = 2;

export interface BoothLogosProps {
  booths: readonly PlacedBooth[];
  infos: readonly FloorBooth[];
  atlas: FloorPlan["atlas"];
  locale: Locale;
  fontFamily: string;
}

function serverGrid(atlas: NonNullable<FloorPlan["atlas"]>): AtlasGrid {
  return { columns: atlas.columns, rows: atlas.rows, cellWidth: atlas.cellPx, cellHeight: atlas.cellPx };
}

export function BoothLogos({ booths, infos, atlas, locale, fontFamily }: BoothLogosProps) {
  const invalidate = useThree((s) => s.invalidate);
  const status = useAtlasTexture(atlas?.url ?? null);
  const initialsGrid = useMemo(() => squareGrid(booths.length, 128), [booths.length]);
  const initials = useCanvasTexture(
    initialsGrid.columns * initialsGrid.cellWidth,
    initialsGrid.rows * initialsGrid.cellHeight,
  );
  const { mesh, uniforms } = useMemo(() => {
    const { material, uniforms } = createAtlasMaterial();
    const count = Math.max(1, booths.length * PER_BOOTH);
    const geometry = new PlaneGeometry(1, 1);
    geometry.setAttribute("aUvRect", new InstancedBufferAttribute(new Float32Array(count * 4), 4));
    geometry.setAttribute("aLayer", new InstancedBufferAttribute(new Float32Array(count), 1));
    const m = new InstancedMesh(geometry, material, count);
    m.count = booths.length * PER_BOOTH;
    m.frustumCulled = false;
    booths.forEach((b, i) => {
      logoSigns(b).forEach((s, k) => {
        setSign(m, i * PER_BOOTH + k, s);
      });
    });
    m.instanceMatrix.needsUpdate = true;
    return { mesh: m, uniforms };
  }, [booths]);

  // Initials for every booth, drawn once the page font is ready.
  useEffect(() => {
    let live = true;
    void fontReady(fontFamily, 700).then(() => {
      const ctx = contextOf(initials);
      if (!live || !ctx) return;
      infos.forEach((info, i) => {
        drawInitials(ctx, i, initialsGrid, initialsOf(boothName(info, locale)), info.color, fontFamily);
      });
      initials.needsUpdate = true;
      invalidate();
    });
    return () => {
      live = false;
    };
  }, [infos, initials, initialsGrid, locale, fontFamily, invalidate]);

  // Which cell each quad shows: the server atlas when it loaded and has the logo, else initials.
  useEffect(() => {
    const ready = status.state === "ready" && atlas;
    uniforms.uLayer0.value = status.state === "ready" ? status.texture : null;
    uniforms.uLayer1.value = initials;
    const rects = mesh.geometry.getAttribute("aUvRect") as InstancedBufferAttribute;
    const layers = mesh.geometry.getAttribute("aLayer") as InstancedBufferAttribute;
    infos.forEach((info, i) => {
      const logo = ready && info.atlasIndex !== null ? cellUv(info.atlasIndex, serverGrid(atlas), 1) : null;
      const uv = logo ?? cellUv(i, initialsGrid) ?? [0, 0, 0, 0];
      for (let k = 0; k < PER_BOOTH; k++) {
        rects.setXYZW(i * PER_BOOTH + k, uv[0], uv[1], uv[2], uv[3]);
        layers.setX(i * PER_BOOTH + k, logo ? 0 : 1);
      }
    });
    rects.needsUpdate = true;
    layers.needsUpdate = true;
    invalidate();
  }, [status, atlas, infos, mesh, uniforms, initials, initialsGrid, invalidate]);

  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as { dispose(): void }).dispose();
      mesh.dispose();
    },
    [mesh],
  );
  return <primitive object={mesh} />;
}
