// The benchmark's baseline (?naive=1): one mesh per booth with a material of its
// own, the way a floor is drawn without instancing. Not for visitors.
import { useEffect, useMemo } from "react";
import { BoxGeometry, Mesh, MeshLambertMaterial } from "three";
import type { PlacedBooth } from "../core/types.ts";
import { boothBoxes } from "./boothParts.ts";

export function NaiveBooths({
  booths,
  colors,
}: {
  booths: readonly PlacedBooth[];
  colors: readonly string[];
}) {
  const geometry = useMemo(() => new BoxGeometry(1, 1, 1), []);
  const meshes = useMemo(
    () =>
      booths.map((b, i) => {
        const back = boothBoxes(b)[1];
        const mesh = new Mesh(geometry, new MeshLambertMaterial({ color: colors[i] ?? "#888888" }));
        if (back) {
          mesh.position.set(b.x + b.width / 2, back.sy / 2, b.z + b.depth / 2);
          mesh.scale.set(b.width * 0.96, back.sy, b.depth * 0.96);
        }
        return mesh;
      }),
    [booths, colors, geometry],
  );
  useEffect(
    () => () => {
      for (const m of meshes) (m.material as MeshLambertMaterial).dispose();
    },
    [meshes],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <group>
      {meshes.map((m, i) => (
        <primitive key={booths[i]?.id ?? i} object={m} />
      ))}
    </group>
  );
}
