/**
 * The booths of the editor's plan: one focusable SVG group each (role="button",
 * named by company, size and place), drawn in the exhibitor's colour with its name
 * when the zoom makes it readable. Memoised per booth, so dragging one booth
 * re-renders the ghost, not the floor.
 */
import type { FloorBooth } from "@pavilion/schema";
import { memo } from "react";
import { inkOn } from "../../booth/contrast.ts";
import { BoothButton } from "../../floor/plan2d/PlanBooths.tsx";
import { safeColor } from "../../lib/color.ts";
import { LINE, nameLines } from "./nameLines.ts";

/** Names are drawn once they are at least this many px tall. */
const READABLE_PX = 8;

function fontSizeOf(booth: FloorBooth): number {
  return booth.size === "large" ? 1.1 : 0.72;
}

interface EditorBoothProps {
  booth: FloorBooth;
  name: string;
  label: string;
  tabbable: boolean;
  selected: boolean;
  /** True while the booth has an unsaved new place (its ghost shows there). */
  moving: boolean;
  pxPerMetre: number;
}

const EditorBooth = memo(function EditorBooth({
  booth,
  name,
  label,
  tabbable,
  selected,
  moving,
  pxPerMetre,
}: EditorBoothProps) {
  const fill = safeColor(booth.color);
  const fontSize = fontSizeOf(booth);
  const pad = 0.35;
  const lines =
    fontSize * pxPerMetre >= READABLE_PX
      ? nameLines(name, booth.width - 2 * pad, booth.depth - 2 * pad, fontSize)
      : [];
  const top = booth.z + booth.depth / 2 - ((lines.length - 1) * fontSize * LINE) / 2;
  const classes = ["editor-booth", selected ? "is-selected" : "", moving ? "is-moving" : ""];
  return (
    <BoothButton
      booth={booth}
      className={classes.filter(Boolean).join(" ")}
      tabbable={tabbable}
      label={label}
      aria-pressed={selected}
    >
      <rect
        className="editor-booth__body"
        x={booth.x + 0.12}
        y={booth.z + 0.12}
        width={booth.width - 0.24}
        height={booth.depth - 0.24}
        rx={0.35}
        fill={fill}
      />
      {lines.length > 0 ? (
        <text
          className="editor-booth__name"
          x={booth.x + booth.width / 2}
          y={top}
          fontSize={fontSize}
          fill={inkOn(fill)}
        >
          {lines.map((line, i) => (
            <tspan key={i} x={booth.x + booth.width / 2} dy={i === 0 ? 0 : fontSize * LINE}>
              {line}
            </tspan>
          ))}
        </text>
      ) : null}
    </BoothButton>
  );
});

interface EditorBoothsProps {
  booths: readonly FloorBooth[];
  names: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
  tabbableId: string | null;
  selectedId: string | null;
  movingId: string | null;
  pxPerMetre: number;
}

export function EditorBooths({
  booths,
  names,
  labels,
  tabbableId,
  selectedId,
  movingId,
  pxPerMetre,
}: EditorBoothsProps) {
  // Whole px steps, so a turn of the wheel re-renders the booths a few times, not at every event.
  const readable = Math.round(pxPerMetre);
  return (
    <g className="editor-booths">
      {booths.map((booth) => (
        <EditorBooth
          key={booth.id}
          booth={booth}
          name={names.get(booth.id) ?? ""}
          label={labels.get(booth.id) ?? booth.id}
          tabbable={booth.id === tabbableId}
          selected={booth.id === selectedId}
          moving={booth.id === movingId}
          pxPerMetre={readable}
        />
      ))}
    </g>
  );
}
