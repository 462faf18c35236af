/** What the plan draws under and over the booths: floor, alleys and blocks; the route; focus rings. */
import { alleyRect } from "@pavilion/floor";
import type { FloorBooth, FloorPlan } from "@pavilion/schema";
import { memo } from "react";

function finite(...values: number[]): boolean {
  return values.every(Number.isFinite);
}

/** The hall, its walkways and the blocks booths stand in; decorative. */
export const PlanBackdrop = memo(function PlanBackdrop({ plan }: { plan: FloorPlan }) {
  const width = Math.max(plan.width, 1);
  const depth = Math.max(plan.depth, 1);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabindex is not focusable
    <g aria-hidden="true">
      <rect className="plan-floor" x={0} y={0} width={width} height={depth} rx={1} />
      {plan.alleys.map((alley) => {
        const r = alleyRect(alley);
        return finite(r.x, r.z, r.width, r.depth) ? (
          <rect key={alley.id} className="plan-alley" x={r.x} y={r.z} width={r.width} height={r.depth} />
        ) : null;
      })}
      {plan.blocks.map((block) =>
        finite(block.x, block.z, block.width, block.depth) ? (
          <rect
            key={`${block.x}:${block.z}`}
            className="plan-block"
            x={block.x}
            y={block.z}
            width={block.width}
            height={block.depth}
            rx={0.5}
          />
        ) : null,
      )}
    </g>
  );
});

/** The visitor's route along the alleys, from the start dot to the flag at the last booth. */
export function PlanRoute({ polyline }: { polyline: readonly { x: number; z: number }[] }) {
  const points = polyline.filter((p) => finite(p.x, p.z));
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabindex is not focusable
    <g className="plan-route" aria-hidden="true">
      <polyline className="plan-route__casing" points={points.map((p) => `${p.x},${p.z}`).join(" ")} />
      <polyline className="plan-route__line" points={points.map((p) => `${p.x},${p.z}`).join(" ")} />
      <circle className="plan-route__start" cx={first.x} cy={first.z} r={0.9} />
      <circle className="plan-route__end" cx={last.x} cy={last.z} r={1.1} />
    </g>
  );
}

export type RingKind = "highlighted" | "pointed" | "focused";

/**
 * Outlines drawn above every booth, so a neighbour drawn later never hides one;
 * the strokes keep their width in px at any zoom.
 */
export function PlanRings({
  rings,
}: {
  rings: readonly { booth: FloorBooth | undefined; kind: RingKind }[];
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabindex is not focusable
    <g className="plan-rings" aria-hidden="true">
      {rings.map(({ booth, kind }) =>
        booth ? (
          <rect
            key={kind}
            className={`plan-ring plan-ring--${kind}`}
            x={booth.x}
            y={booth.z}
            width={booth.width}
            height={booth.depth}
            rx={0.4}
          />
        ) : null,
      )}
    </g>
  );
}
