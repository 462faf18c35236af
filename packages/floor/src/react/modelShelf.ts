// The featured models on the floor, without React: which are drawn (modelLod), loading
// them one at a time nearest first, placing a copy on each booth's plinth, and keeping a
// few parsed models (least recently used) so walking back is instant. The models share
// geometry and materials between booths showing the same file.
import { Group, type Material, Mesh, type Object3D, Texture } from "three";
import type { Point } from "../core/types.ts";
import { MODEL_LOD, type ModelLodOptions, modelsToEvict, modelsToShow, nearestDistance } from "./modelLod.ts";
import type { ModelPose } from "./modelStand.ts";
import type { ViewMode } from "./view.ts";

export interface ShelfBooth {
  /** The booth's id. */
  id: string;
  exhibitorId: string;
  /** The model file (booths showing the same file share one parsed copy). */
  url: string;
  /** Where the model stands (the plinth's centre), for the distance to the visitor. */
  spot: Point;
  pose: ModelPose;
}

export type LoadModel = (url: string) => Promise<Object3D>;

export interface ModelShelfOptions {
  lod?: ModelLodOptions;
  /** Parsed models kept at most (at least `lod.max`). */
  capacity?: number;
  /** Parsed models not drawn are let go beyond this distance, however recently used. */
  farRadius?: number;
  /** How far the visitor moves before the selection is worked out again. */
  step?: number;
}

export interface ShelfView {
  x: number;
  z: number;
  mode: ViewMode;
}

export interface ModelShelf {
  /** Works out what to draw for this view (cheap when the visitor barely moved). */
  update(view: ShelfView): void;
  /** Exhibitor ids whose model is drawn now. */
  shown(): string[];
  /** Models wanted but not parsed yet (loading or waiting their turn). */
  loading(): number;
  /** Removes everything from the parent and frees every parsed model. */
  dispose(): void;
}

/** Frees the GPU side of a model: geometries, materials and their textures. */
export function disposeModel(root: Object3D): void {
  root.traverse((node) => {
    if (!(node instanceof Mesh)) return;
    node.geometry.dispose();
    const materials: Material[] = Array.isArray(node.material) ? node.material : [node.material];
    for (const material of materials) {
      for (const value of Object.values(material)) if (value instanceof Texture) value.dispose();
      material.dispose();
    }
  });
}

export function createModelShelf(args: {
  parent: Object3D;
  booths: readonly ShelfBooth[];
  load: LoadModel;
  /** Called when what is drawn changed (the canvas draws on demand). */
  onChange(): void;
  options?: ModelShelfOptions;
}): ModelShelf {
  const { parent, booths, load, onChange } = args;
  const lod = args.options?.lod ?? MODEL_LOD;
  const capacity = Math.max(lod.max, args.options?.capacity ?? 8);
  const farRadius = args.options?.farRadius ?? 3 * (lod.radius + lod.hysteresis);
  const step = args.options?.step ?? 0.5;
  const byId = new Map(booths.map((b) => [b.id, b]));
  const spots = booths.map((b) => ({ id: b.id, x: b.spot.x, z: b.spot.z }));
  const spotsOf = new Map<string, Point[]>();
  for (const b of booths) spotsOf.set(b.url, [...(spotsOf.get(b.url) ?? []), b.spot]);

  /** Parsed models by URL, least recently used first. */
  const cache = new Map<string, Object3D>();
  const failed = new Set<string>();
  const placed = new Map<string, Group>();
  let wanted: string[] = [];
  let inFlight: string | null = null;
  let last: ShelfView | null = null;
  let disposed = false;

  const touch = (url: string, model: Object3D) => {
    cache.delete(url);
    cache.set(url, model);
  };

  const place = (booth: ShelfBooth, model: Object3D) => {
    const holder = new Group();
    holder.name = `model:${booth.exhibitorId}`;
    holder.position.set(booth.pose.x, booth.pose.y, booth.pose.z);
    holder.rotation.y = booth.pose.yaw;
    holder.scale.setScalar(booth.pose.scale);
    holder.add(model.clone());
    holder.userData.boothId = booth.id;
    parent.add(holder);
    placed.set(booth.id, holder);
  };

  const pending = () =>
    [...new Set(wanted.flatMap((id) => byId.get(id)?.url ?? []))].filter(
      (url) => !cache.has(url) && !failed.has(url),
    );

  const pump = () => {
    if (inFlight || disposed) return;
    const next = pending()[0];
    if (!next) return;
    inFlight = next;
    load(next).then(
      (model) => {
        inFlight = null;
        if (disposed) {
          disposeModel(model);
          return;
        }
        cache.set(next, model);
        if (last) apply(last);
        onChange();
        pump();
      },
      () => {
        inFlight = null;
        failed.add(next);
        pump();
      },
    );
  };

  const apply = (view: ShelfView) => {
    last = view;
    wanted = modelsToShow(spots, view, lod, new Set(wanted));
    const keep = new Set(wanted);
    let changed = false;
    for (const [id, holder] of placed) {
      if (keep.has(id)) continue;
      parent.remove(holder);
      placed.delete(id);
      changed = true;
    }
    const inUse = new Set<string>();
    for (const id of wanted) {
      const booth = byId.get(id);
      const model = booth ? cache.get(booth.url) : undefined;
      if (!booth || !model) continue;
      inUse.add(booth.url);
      touch(booth.url, model);
      if (!placed.has(id)) {
        place(booth, model);
        changed = true;
      }
    }
    const cached = [...cache.keys()].map((key) => ({
      key,
      distance: nearestDistance(view, spotsOf.get(key) ?? []),
    }));
    for (const url of modelsToEvict(cached, inUse, { capacity, farRadius })) {
      const model = cache.get(url);
      cache.delete(url);
      if (model) disposeModel(model);
    }
    pump();
    return changed;
  };

  return {
    update(view) {
      if (disposed) return;
      if (last && last.mode === view.mode && Math.hypot(view.x - last.x, view.z - last.z) < step) return;
      if (apply(view)) onChange();
    },
    shown: () => [...placed.keys()].flatMap((id) => byId.get(id)?.exhibitorId ?? []),
    loading: () => (disposed ? 0 : pending().length),
    dispose() {
      disposed = true;
      for (const holder of placed.values()) parent.remove(holder);
      placed.clear();
      for (const model of cache.values()) disposeModel(model);
      cache.clear();
    },
  };
}
