/**
 * Where on the stage a booth's popup belongs when no pointer put it there (a booth
 * chosen by search or faced with the keyboard): the top of its front, projected,
 * refreshed at most every 120 ms while the view moves.
 */
import type { FloorSceneApi, ViewStore } from "@pavilion/floor/react";
import { type RefObject, useEffect, useState } from "react";

export interface StagePoint {
  left: number;
  top: number;
}

const EVERY_MS = 120;

export function useBoothAnchor(
  boothId: string | null,
  api: FloorSceneApi | null,
  view: ViewStore,
  stage: RefObject<HTMLElement | null>,
): StagePoint | null {
  const [point, setPoint] = useState<StagePoint | null>(null);
  useEffect(() => {
    if (!boothId || !api) {
      setPoint(null);
      return;
    }
    const measure = () => {
      timer = null;
      const client = api.screenOfBooth(boothId);
      const rect = stage.current?.getBoundingClientRect();
      const next =
        client && rect
          ? { left: Math.round(client.x - rect.left), top: Math.round(client.y - rect.top) }
          : null;
      setPoint((p) => (p?.left === next?.left && p?.top === next?.top ? p : next));
    };
    let timer: ReturnType<typeof setTimeout> | null = setTimeout(measure, 30);
    const unsubscribe = view.subscribe(() => {
      if (!timer) timer = setTimeout(measure, EVERY_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [boothId, api, view, stage]);
  return point;
}
