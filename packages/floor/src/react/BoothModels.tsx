// The booths' featured models: every plinth in one instanced draw (seen from anywhere),
// and the models themselves only near the visitor walking the floor (modelShelf decides
// which, loads them one at a time and frees those left far behind).
import type { FloorBooth } from "@pavilion/schema";
import { useThree } from "@react-three/fiber";
import { type RefObject, useEffect, useMemo, useRef } from "react";
import { BoxGeometry, Group, InstancedMesh, Matrix4, MeshLambertMaterial, Quaternion, Vector3 } from "three";
import type { PlacedBooth } from "../core/types.ts";
import { createModelShelf, type LoadModel, type ModelShelf, type ShelfBooth } from "./modelShelf.ts";
import { modelPose, plinthOf } from "./modelStand.ts";
import type { ViewStore } from "./viewStore.ts";

const PLINTH_COLOR = "#d9d6cf";

/** The glTF loader and meshopt decoder come in their own chunk, when the first model is near. */
const loadGltf: LoadModel = (url) => import("./gltfModel.ts").then((m) => m.loadGltfModel(url));

export interface BoothModelsProps {
  booths: readonly PlacedBooth[];
  /** The plan's entries, index-aligned with `booths`; those with a `model` get a plinth. */
  infos: readonly FloorBooth[];
  view: ViewStore;
  /** Receives the shelf (what is drawn and loading), for the benchmark hook. */
  shelf?: RefObject<ModelShelf | null>;
  /** Replaces the glTF loader (tests). */
  load?: LoadModel;
}

export function BoothModels({ booths, infos, view, shelf, load = loadGltf }: BoothModelsProps) {
  const invalidate = useThree((s) => s.invalidate);
  const fresh = useMemo(
    () =>
      booths.flatMap((booth, i): ShelfBooth[] => {
        const model = infos[i]?.model;
        if (!model) return [];
        const plinth = plinthOf(booth);
        return [
          {
            id: booth.id,
            exhibitorId: infos[i]?.exhibitorId ?? booth.id,
            url: model.url,
            spot: { x: plinth.x, z: plinth.z },
            pose: modelPose(plinth, model.bounds),
          },
        ];
      }),
    [booths, infos],
  );
  // A refetched plan (live badges changed) keeps the same stands: keep the shelf and its parsed models.
  const kept = useRef<{ key: string; stands: ShelfBooth[] } | null>(null);
  const key = useMemo(() => JSON.stringify(fresh), [fresh]);
  if (kept.current?.key !== key) kept.current = { key, stands: fresh };
  const stands = kept.current.stands;

  const plinths = useMemo(() => {
    const placed = booths.filter((_, i) => infos[i]?.model);
    const mesh = new InstancedMesh(
      new BoxGeometry(1, 1, 1),
      new MeshLambertMaterial({ color: PLINTH_COLOR }),
      Math.max(1, placed.length),
    );
    mesh.count = placed.length;
    mesh.frustumCulled = false;
    const matrix = new Matrix4();
    const still = new Quaternion();
    placed.forEach((booth, i) => {
      const p = plinthOf(booth);
      matrix.compose(new Vector3(p.x, p.height / 2, p.z), still, new Vector3(p.size, p.height, p.size));
      mesh.setMatrixAt(i, matrix);
    });
    mesh.instanceMatrix.needsUpdate = true;
    return mesh;
  }, [booths, infos]);

  const group = useMemo(() => {
    const models = new Group();
    // Tests find it by name to count the floor's own draws without the models near the visitor.
    models.name = "booth-models";
    return models;
  }, []);

  useEffect(() => {
    const models = createModelShelf({ parent: group, booths: stands, load, onChange: invalidate });
    if (shelf) shelf.current = models;
    models.update(view.get());
    const unsubscribe = view.subscribe((v) => models.update(v));
    return () => {
      unsubscribe();
      models.dispose();
      if (shelf?.current === models) shelf.current = null;
      invalidate();
    };
  }, [group, stands, load, view, shelf, invalidate]);

  useEffect(() => {
    invalidate();
    return () => {
      plinths.geometry.dispose();
      (plinths.material as MeshLambertMaterial).dispose();
      plinths.dispose();
    };
  }, [plinths, invalidate]);

  return (
    <>
      {plinths.count > 0 ? <primitive object={plinths} /> : null}
      <primitive object={group} />
    </>
  );
}
