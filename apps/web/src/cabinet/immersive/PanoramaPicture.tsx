/**
 * A panorama's flat picture, scaled to fit, with numbered markers where its hotspots are
 * (or a line where the view starts). A click tells the direction under the pointer; the
 * keyboard does the same through the forms' yaw and pitch fields.
 */
import type { MouseEvent } from "react";
import { type Direction, directionAt, nearest, pointOf } from "./place.ts";

export interface Marker extends Direction {
  id: string;
  /** What the marker shows: the hotspot's number, or "+" for one not saved yet. */
  mark: string;
  selected?: boolean;
}

/** How near a marker a click picks it rather than the place under it, in pixels. */
const MARKER_RADIUS = 16;

export function PanoramaPicture({
  url,
  markers = [],
  lineAtYaw,
  hint,
  onPick,
}: {
  url: string;
  markers?: readonly Marker[];
  /** Draws a vertical line at this yaw (the direction the view starts in). */
  lineAtYaw?: number;
  /** Said under the picture: what a click does. */
  hint: string;
  /** The clicked direction, and the marker clicked on, if any. */
  onPick: (direction: Direction, marker: Marker | undefined) => void;
}) {
  function click(event: MouseEvent<HTMLDivElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const hit = nearest(markers, x, y, box.width, box.height, MARKER_RADIUS);
    onPick(directionAt(x, y, box.width, box.height), hit);
  }

  return (
    <figure className="pano-picture">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the yaw and pitch fields do the same by keyboard */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: as above */}
      <div className="pano-picture__frame" onClick={click}>
        <img src={url} alt="" draggable={false} />
        {lineAtYaw !== undefined ? (
          <span
            className="pano-picture__line"
            style={{ left: `${pointOf({ yaw: lineAtYaw, pitch: 0 }).left}%` }}
          />
        ) : null}
        {markers.map((marker) => {
          const point = pointOf(marker);
          return (
            <span
              key={marker.id}
              className={marker.selected ? "pano-marker pano-marker--selected" : "pano-marker"}
              style={{ left: `${point.left}%`, top: `${point.top}%` }}
              aria-hidden="true"
            >
              {marker.mark}
            </span>
          );
        })}
      </div>
      <figcaption className="pano-picture__hint">{hint}</figcaption>
    </figure>
  );
}
