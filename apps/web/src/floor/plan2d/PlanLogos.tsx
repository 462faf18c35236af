/**
 * Logos on the plan's medium and large booths, in a layer of their own above the
 * booths: it takes no pointer events, and a booth's focusable group stays as big
 * as the booth (a nested atlas viewport would otherwise widen its bounding box).
 */
import type { FloorBooth, FloorPlan } from "@pavilion/schema";
import { memo, type ReactNode, useState } from "react";

type Atlas = FloorPlan["atlas"];

/**
 * A booth's logo on a white tile: its cell of the floor's atlas (one image for all
 * booths), else its own logo file when the atlas fails, else nothing.
 */
function PlanLogo({ booth, atlas }: { booth: FloorBooth; atlas: Atlas }) {
  const [failures, setFailures] = useState(0);
  const sources = [
    atlas && booth.atlasIndex !== null && atlas.columns > 0 ? "atlas" : null,
    booth.logoUrl ? "file" : null,
  ].filter((source) => source !== null);
  const source = sources[failures];
  if (!source) return null;
  const side = Math.min(booth.width, booth.depth) * 0.62;
  const x = booth.x + (booth.width - side) / 2;
  const z = booth.z + (booth.depth - side) / 2;
  const pad = side * 0.08;
  const inner = { x: x + pad, y: z + pad, width: side - 2 * pad, height: side - 2 * pad };
  const onError = () => setFailures((count) => count + 1);
  let image: ReactNode = null;
  if (source === "atlas" && atlas && booth.atlasIndex !== null) {
    const { cellPx, columns, rows } = atlas;
    const col = booth.atlasIndex % columns;
    const row = Math.floor(booth.atlasIndex / columns);
    image = (
      <svg aria-hidden="true" {...inner} viewBox={`${col * cellPx} ${row * cellPx} ${cellPx} ${cellPx}`}>
        <image href={atlas.url} width={columns * cellPx} height={rows * cellPx} onError={onError} />
      </svg>
    );
  } else if (booth.logoUrl) {
    image = <image href={booth.logoUrl} {...inner} onError={onError} />;
  }
  return (
    <g className="plan-booth__logo">
      <rect x={x} y={z} width={side} height={side} rx={side * 0.12} />
      {image}
    </g>
  );
}

export const PlanLogos = memo(function PlanLogos({
  booths,
  atlas,
}: {
  booths: readonly FloorBooth[];
  atlas: Atlas;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabindex is not focusable
    <g className="plan-logos" aria-hidden="true">
      {booths.map((booth) =>
        booth.size !== "small" ? <PlanLogo key={booth.id} booth={booth} atlas={atlas} /> : null,
      )}
    </g>
  );
});
