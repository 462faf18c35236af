// Company names on the fascia boards: one instanced quad draw over a name atlas we
// draw ourselves in the page font. When a floor has more booths than the atlas
// holds, the boards nearest to where the visitor looks get the cells.
import type { FloorBooth } from "@pavilion/schema";
import { useThree } from "@react-three/fiber";
import { useEffect, useMemo, useRef } from "react";
import { InstancedBufferAttribute, InstancedMesh, PlaneGeometry } from "three";
import type { PlacedBooth, Point } from "../core/types.ts";
import { type AtlasGrid, cellUv } from "./atlas.ts";
import { createAtlasMaterial } from "./atlasMaterial.ts";
import { nameSign } from "./boothParts.ts";
import { setSign } from "./instances.ts";
import { drawName } from "./labelArt.ts";
import { assignCells, nearest } from "./nameCells.ts";
import { boothName, type Locale } from "./plan.ts";
import { contextOf, fontReady, useCanvasTexture } from "./useCanvasTexture.ts";
import type { ViewStore } from "./viewStore.ts";

export const NAME_GRID: AtlasGrid = { columns: 6, rows: 42, cellWidth: 320, cellHeight: 48 };
const CAPACITY = NAME_GRID.columns * NAME_GRID.rows;
const ASPECT = NAME_GRID.cellWidth / NAME_GRID.cellHeight;
/** How far the visitor moves before nearer names replace farther ones. */
const REFRESH_METRES = 10;

export interface NameBoardsProps {
  booths: readonly PlacedBooth[];
  infos: readonly FloorBooth[];
  locale: Locale;
  fontFamily: string;
  view: ViewStore;
}

export function NameBoards({ booths, infos, locale, fontFamily, view }: NameBoardsProps) {
  const invalidate = useThree((s) => s.invalidate);
  const texture = useCanvasTexture(
    NAME_GRID.columns * NAME_GRID.cellWidth,
    NAME_GRID.rows * NAME_GRID.cellHeight,
  );
  const centres = useMemo(
    () => booths.map((b) => ({ x: b.x + b.width / 2, z: b.z + b.depth / 2 })),
    [booths],
  );
  const mesh = useMemo(() => {
    const { material, uniforms } = createAtlasMaterial();
    uniforms.uLayer0.value = texture;
    const geometry = new PlaneGeometry(1, 1);
    geometry.setAttribute("aUvRect", new InstancedBufferAttribute(new Float32Array(CAPACITY * 4), 4));
    geometry.setAttribute("aLayer", new InstancedBufferAttribute(new Float32Array(CAPACITY), 1));
    const m = new InstancedMesh(geometry, material, CAPACITY);
    m.count = 0;
    m.frustumCulled = false;
    return m;
  }, [texture]);
  const cells = useRef(new Map<number, number>());

  useEffect(() => {
    let live = true;
    let focus: Point | null = null;
    cells.current = new Map();
    const refresh = (at: Point) => {
      const ctx = contextOf(texture);
      if (!ctx) return;
      focus = at;
      const next = assignCells(cells.current, nearest(centres, at, CAPACITY), CAPACITY);
      for (const i of next.fresh) {
        const info = infos[i];
        if (info) drawName(ctx, next.cells.get(i) ?? 0, NAME_GRID, boothName(info, locale), fontFamily);
      }
      cells.current = next.cells;
      const rects = mesh.geometry.getAttribute("aUvRect") as InstancedBufferAttribute;
      let k = 0;
      for (const [i, cell] of next.cells) {
        const booth = booths[i];
        const uv = cellUv(cell, NAME_GRID, 1);
        if (!booth || !uv) continue;
        setSign(mesh, k, nameSign(booth, ASPECT));
        rects.setXYZW(k, uv[0], uv[1], uv[2], uv[3]);
        k += 1;
      }
      mesh.count = k;
      mesh.instanceMatrix.needsUpdate = true;
      rects.needsUpdate = true;
      if (next.fresh.length > 0) texture.needsUpdate = true;
      invalidate();
    };
    const unsubscribe = view.subscribe((v) => {
      if (!live || !focus || booths.length <= CAPACITY) return;
      if (Math.hypot(v.x - focus.x, v.z - focus.z) > REFRESH_METRES) refresh(v);
    });
    void fontReady(fontFamily).then(() => {
      if (live) refresh(view.get());
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [booths, centres, infos, locale, fontFamily, mesh, texture, view, invalidate]);

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
