// The one place the view lives between frames. The rig mutates it from useFrame;
// DOM pieces (minimap, URL, route guidance) subscribe and update themselves without
// React state, or set state only when what they show changes.
import type { Point } from "../core/types.ts";
import { type Fly, flyDuration } from "./motion.ts";
import type { ViewMode, ViewState } from "./view.ts";

export interface Motion {
  /** KeyboardEvent.code of the keys held now. */
  keys: Set<string>;
  path: Point[] | null;
  pathNext: number;
  fly: Fly | null;
  /** Called once when the current fly lands. */
  onArrive: (() => void) | null;
}

export interface ViewStore {
  get(): ViewState;
  /** Changes the view and tells every subscriber (the rig then draws a frame). */
  set(patch: Partial<ViewState>): void;
  subscribe(listener: (view: ViewState) => void): () => void;
  readonly motion: Motion;
  /** Walks along a polyline (from where the visitor stands). */
  walkAlong(path: Point[]): void;
  /** Flies to a place and a view direction, then calls `onArrive`. */
  flyTo(to: { x: number; z: number; yaw: number }, onArrive?: () => void): void;
  setMode(mode: ViewMode): void;
  /** Cancels walks and flights (keys stay held). */
  stop(): void;
}

export function createViewStore(initial: ViewState): ViewStore {
  let state = initial;
  const listeners = new Set<(view: ViewState) => void>();
  const motion: Motion = { keys: new Set(), path: null, pathNext: 0, fly: null, onArrive: null };
  const store: ViewStore = {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    motion,
    walkAlong(path) {
      store.stop();
      motion.path = path;
      motion.pathNext = 0;
      store.set({});
    },
    flyTo(to, onArrive) {
      store.stop();
      const from = { x: state.x, z: state.z, yaw: state.yaw };
      motion.fly = { from, to, elapsed: 0, duration: flyDuration(from, to) };
      motion.onArrive = onArrive ?? null;
      store.set({});
    },
    setMode(mode) {
      store.set({ mode });
    },
    stop() {
      motion.path = null;
      motion.fly = null;
      motion.onArrive = null;
    },
  };
  return store;
}
