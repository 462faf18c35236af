/**
 * React state derived from the view store, set only when the derived value changes
 * (the store itself changes every frame while the visitor moves).
 */
import type { Picker } from "@pavilion/floor";
import { facedBooth, type ViewMode, type ViewState, type ViewStore } from "@pavilion/floor/react";
import { useEffect, useState } from "react";

/** A value computed from the view, re-rendering only when it differs (Object.is). */
export function useViewValue<T>(view: ViewStore, select: (v: ViewState) => T): T {
  const [value, setValue] = useState(() => select(view.get()));
  useEffect(() => {
    setValue(select(view.get()));
    return view.subscribe((v) => setValue(select(v)));
  }, [view, select]);
  return value;
}

const modeOf = (v: ViewState): ViewMode => v.mode;

export function useViewMode(view: ViewStore): ViewMode {
  return useViewValue(view, modeOf);
}

/** The id of the booth right in front of the visitor when walking and standing still enough, else null. */
export function useFacedBooth(view: ViewStore, picker: Picker, enabled: boolean): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) {
      setId(null);
      return;
    }
    const update = (v: ViewState) => {
      const moving = view.motion.fly !== null || view.motion.path !== null;
      setId(
        v.mode === "walk" && v.blend < 0.5 && !moving ? (facedBooth(picker, v, v.yaw)?.id ?? null) : null,
      );
    };
    update(view.get());
    return view.subscribe(update);
  }, [view, picker, enabled]);
  return id;
}
