/**
 * The minimap: the whole floor small, the route, and a "you are here" dot with the
 * view direction. It redraws itself from the view store (no React state per move);
 * a click walks the visitor there along the alleys.
 */
import type { FloorLayout, Point } from "@pavilion/floor";
import { nearestAlleyPoint } from "@pavilion/floor";
import { alleyWalk, type ViewStore } from "@pavilion/floor/react";
import type { FloorPlan } from "@pavilion/schema";
import { type MouseEvent, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { drawMinimapFloor, drawMinimapRoute, drawMinimapVisitor, minimapFrame } from "./minimapArt.ts";
import "./Minimap.css";

export interface MinimapProps {
  plan: FloorPlan;
  layout: FloorLayout;
  view: ViewStore;
  route: readonly Point[] | null;
  bookmarked: ReadonlySet<string>;
}

export function Minimap({ plan, layout, view, route, bookmarked }: MinimapProps) {
  const { t } = useTranslation("floor");
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useMemo(() => minimapFrame(layout, 224, 168), [layout]);
  const base = useMemo(() => {
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const c = document.createElement("canvas");
    c.width = frame.width * dpr;
    c.height = frame.height * dpr;
    const ctx = c.getContext("2d");
    ctx?.scale(dpr, dpr);
    if (ctx) drawMinimapFloor(ctx, plan, layout, frame.scale, bookmarked);
    return { canvas: c, dpr };
  }, [plan, layout, frame, bookmarked]);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext("2d");
    if (!el || !ctx) return;
    el.width = base.canvas.width;
    el.height = base.canvas.height;
    let pending = 0;
    const draw = () => {
      pending = 0;
      const v = view.get();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(base.canvas, 0, 0);
      ctx.setTransform(base.dpr, 0, 0, base.dpr, 0, 0);
      drawMinimapRoute(ctx, route, frame.scale);
      drawMinimapVisitor(ctx, v, v.yaw, frame.scale);
    };
    draw();
    const unsubscribe = view.subscribe(() => {
      if (!pending) pending = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(pending);
    };
  }, [view, base, route, frame]);

  const walkTo = (e: MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const target = { x: (e.clientX - rect.left) / frame.scale, z: (e.clientY - rect.top) / frame.scale };
    const onAlley = nearestAlleyPoint(layout.alleys, target).at;
    view.walkAlong(alleyWalk(layout, view.get(), onAlley));
  };

  return (
    <figure className="floor-minimap">
      <canvas
        ref={canvas}
        className="floor-minimap__canvas"
        style={{ width: frame.width, height: frame.height }}
        onClick={walkTo}
        role="img"
        aria-label={t("minimap.label")}
      />
      <figcaption className="floor-minimap__caption">
        <span className="floor-minimap__dot" aria-hidden="true" />
        {t("minimap.here")}
      </figcaption>
    </figure>
  );
}
