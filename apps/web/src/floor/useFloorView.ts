/** The view store of a floor page, started from the URL (or the floor's entrance). */
import type { FloorLayout } from "@pavilion/floor";
import { createViewStore, startView, type ViewStore } from "@pavilion/floor/react";
import { useState } from "react";
import { readView } from "./viewUrl.ts";

export function useFloorView(layout: FloorLayout, params: URLSearchParams): ViewStore {
  const [view] = useState(() => {
    const from = { ...startView(layout), ...readView(params, layout) };
    // Arriving in the overview (a link, Back, the benchmark) starts there, without the zoom-out.
    return createViewStore({ ...from, blend: from.mode === "overview" ? 1 : 0 });
  });
  return view;
}
