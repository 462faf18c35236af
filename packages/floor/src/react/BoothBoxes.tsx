// Every wall, carpet, fascia and counter of every booth: one instanced box draw.
import { useThree } from "@react-three/fiber";
import { useEffect, useMemo, useRef } from "react";
import { BoxGeometry, Color, InstancedMesh, MeshLambertMaterial } from "three";
import type { PlacedBooth } from "../core/types.ts";
import { boothBoxes, PART_KINDS } from "./boothParts.ts";
import { setBox, setColor } from "./instances.ts";
import { type BoothState, partColor, type Rgb } from "./palette.ts";

const PARTS = PART_KINDS.length;
const scratch = /* @__PURE__ */ new Color();

export interface BoothBoxesProps {
  booths: readonly PlacedBooth[];
  colors: readonly Rgb[];
  highlighted: number;
  bookmarked: ReadonlySet<number>;
  /** `colors` are tints (the heat map) that cover carpet, back wall and fascia. */
  tinted?: boolean;
}

function paint(mesh: InstancedMesh, booth: number, color: Rgb, state: BoothState, tinted: boolean) {
  PART_KINDS.forEach((kind, k) => {
    setColor(mesh, booth * PARTS + k, partColor(kind, color, state, tinted), scratch);
  });
}

export function BoothBoxes({ booths, colors, highlighted, bookmarked, tinted = false }: BoothBoxesProps) {
  const invalidate = useThree((s) => s.invalidate);
  const mesh = useMemo(() => {
    const m = new InstancedMesh(
      new BoxGeometry(1, 1, 1),
      new MeshLambertMaterial(),
      Math.max(1, booths.length * PARTS),
    );
    m.count = booths.length * PARTS;
    m.frustumCulled = false;
    booths.forEach((b, i) => {
      boothBoxes(b).forEach((box, k) => {
        setBox(m, i * PARTS + k, box);
      });
    });
    m.instanceMatrix.needsUpdate = true;
    return m;
  }, [booths]);

  const stateOf = useRef<(i: number) => BoothState>(() => "normal");
  stateOf.current = (i) => (i === highlighted ? "highlighted" : bookmarked.has(i) ? "bookmarked" : "normal");

  // Bookmarks or colours changed: repaint every booth.
  useEffect(() => {
    booths.forEach((_, i) => {
      paint(mesh, i, colors[i] ?? [0.5, 0.5, 0.5], stateOf.current(i), tinted);
    });
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    invalidate();
  }, [mesh, booths, colors, bookmarked, tinted, invalidate]);

  // The pointer moved to another booth: repaint only the two that changed.
  const lastHighlighted = useRef(-1);
  useEffect(() => {
    for (const i of new Set([lastHighlighted.current, highlighted])) {
      if (i >= 0 && i < booths.length) {
        paint(mesh, i, colors[i] ?? [0.5, 0.5, 0.5], stateOf.current(i), tinted);
      }
    }
    lastHighlighted.current = highlighted;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    invalidate();
  }, [mesh, booths, colors, highlighted, tinted, invalidate]);

  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as MeshLambertMaterial).dispose();
      mesh.dispose();
    },
    [mesh],
  );
  return <primitive object={mesh} />;
}
