// "You are here" in the overview: a flat arrow at the visitor's feet pointing the
// way they look, growing with the camera's distance so it stays visible.
import { useFrame } from "@react-three/fiber";
import { useEffect, useMemo, useRef } from "react";
import { type Mesh, Shape, ShapeGeometry } from "three";
import type { ViewStore } from "./viewStore.ts";

function arrowShape(): Shape {
  // Drawn in the shape's x/y plane with the tip towards +y, which becomes -z (north) once laid flat.
  const s = new Shape();
  s.moveTo(0, 1.6);
  s.lineTo(-1, -0.9);
  s.lineTo(0, -0.35);
  s.lineTo(1, -0.9);
  s.closePath();
  return s;
}

export function VisitorMarker({ view }: { view: ViewStore }) {
  const ref = useRef<Mesh>(null);
  const geometry = useMemo(() => {
    const g = new ShapeGeometry(arrowShape());
    g.rotateX(-Math.PI / 2);
    return g;
  }, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useFrame(({ camera }) => {
    const mesh = ref.current;
    if (!mesh) return;
    const v = view.get();
    mesh.visible = v.blend > 0.25;
    mesh.position.set(v.x, 0.12, v.z);
    mesh.rotation.y = -v.yaw;
    mesh.scale.setScalar(Math.max(0.8, camera.position.distanceTo(mesh.position) / 45));
  });
  return (
    <mesh ref={ref} geometry={geometry} renderOrder={2}>
      <meshBasicMaterial color="#d92d20" toneMapped={false} depthTest={false} />
    </mesh>
  );
}
