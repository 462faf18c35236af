/**
 * The booths of the plan: one focusable SVG group each (role="button", named by its
 * company and floor), drawn in its brand colour, with a dot when live and a ribbon
 * when bookmarked. Memoised per booth, so moving focus re-renders two booths, not
 * thousands. Logos are a layer of their own (PlanLogos).
 */
import type { FloorBooth } from "@pavilion/schema";
import { type AriaAttributes, memo, type ReactNode } from "react";
import { safeColor } from "../../lib/color.ts";
import { useHeat } from "../heat/HeatContext.ts";
import { heatOf } from "../heat/heatScale.ts";

/** Whether a booth has coordinates the SVG can draw. */
export function drawable(booth: FloorBooth): boolean {
  return Number.isFinite(booth.x + booth.z + booth.width + booth.depth) && booth.width > 0 && booth.depth > 0;
}

interface BoothButtonProps extends Pick<AriaAttributes, "aria-pressed" | "aria-describedby"> {
  booth: FloorBooth;
  className: string;
  /** The one booth reached with Tab (roving tabindex); the others are reached with the arrows. */
  tabbable: boolean;
  label: string;
  children: ReactNode;
}

/** A booth on a plan: an SVG group that acts as a button, found by its `data-booth` id. */
export function BoothButton({ booth, className, tabbable, label, children, ...aria }: BoothButtonProps) {
  return (
    // An SVG shape cannot be a <button>; it acts as one. Its children are presentational.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <g
      className={className}
      data-booth={booth.id}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      {...aria}
    >
      {children}
    </g>
  );
}

function Ribbon({ booth }: { booth: FloorBooth }) {
  const m = Math.min(1.4, Math.min(booth.width, booth.depth) * 0.3);
  const x = booth.x + booth.width - m - 0.45;
  const z = booth.z + 0.15;
  const d = `M${x} ${z}h${m}v${m * 1.3}l${-m / 2} ${-m * 0.4}l${-m / 2} ${m * 0.4}z`;
  return <path className="plan-booth__ribbon" d={d} />;
}

interface BoothShapeProps {
  booth: FloorBooth;
  label: string;
  tabbable: boolean;
  bookmarked: boolean;
  describedBy: string | undefined;
}

const BoothShape = memo(function BoothShape({
  booth,
  label,
  tabbable,
  bookmarked,
  describedBy,
}: BoothShapeProps) {
  const inset = Math.min(0.15, booth.width / 4, booth.depth / 4);
  const heat = useHeat();
  return (
    <BoothButton
      booth={booth}
      className="plan-booth"
      tabbable={tabbable}
      label={label}
      aria-describedby={describedBy}
    >
      <rect
        className="plan-booth__body"
        x={booth.x + inset}
        y={booth.z + inset}
        width={booth.width - 2 * inset}
        height={booth.depth - 2 * inset}
        rx={0.35}
        fill={heat ? heatOf(heat, booth.id).color : safeColor(booth.color)}
      />
      {booth.live ? (
        <circle className="plan-booth__live" cx={booth.x + 0.9} cy={booth.z + 0.9} r={0.45} />
      ) : null}
      {bookmarked ? <Ribbon booth={booth} /> : null}
    </BoothButton>
  );
});

interface PlanBoothsProps {
  booths: readonly FloorBooth[];
  tabbableId: string | null;
  describedId: string | null;
  popupId: string;
  bookmarkedIds: ReadonlySet<string>;
  /** Each booth's accessible name, by booth id. */
  labels: ReadonlyMap<string, string>;
}

/** Bookmarks are kept by exhibitor; a set of booth ids works as well. */
export function isBookmarked(booth: FloorBooth, bookmarkedIds: ReadonlySet<string>): boolean {
  return bookmarkedIds.has(booth.exhibitorId) || bookmarkedIds.has(booth.id);
}

export function PlanBooths({
  booths,
  tabbableId,
  describedId,
  popupId,
  bookmarkedIds,
  labels,
}: PlanBoothsProps) {
  return (
    <g className="plan-booths">
      {booths.map((booth) => {
        const bookmarked = isBookmarked(booth, bookmarkedIds);
        return (
          <BoothShape
            key={booth.id}
            booth={booth}
            label={labels.get(booth.id) ?? booth.id}
            tabbable={booth.id === tabbableId}
            bookmarked={bookmarked}
            describedBy={booth.id === describedId ? popupId : undefined}
          />
        );
      })}
    </g>
  );
}
