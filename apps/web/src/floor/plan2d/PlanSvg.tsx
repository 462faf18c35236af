import type { ComponentProps } from "react";
import type { View } from "./view.ts";

type PlanSvgProps = Omit<ComponentProps<"svg">, "viewBox" | "role" | "preserveAspectRatio" | "aria-label"> & {
  /** The part of the floor in sight, in metres. */
  view: View;
  /** The plan's accessible name. */
  label: string;
};

/** The plan's SVG: the floor in metres, fitted into its box, named as the group of the booths in it. */
export function PlanSvg({ view, label, children, ...props }: PlanSvgProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; it groups the booths
    <svg
      {...props}
      viewBox={`${view.x} ${view.z} ${view.width} ${view.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-label={label}
    >
      {children}
    </svg>
  );
}
