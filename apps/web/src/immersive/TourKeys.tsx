/** The tour's keys, open on demand, and the description of the stage for screen readers. */
import { KeysHelp } from "../components/KeysHelp.tsx";

const KEYS = [
  ["← / →", "keys.turn"],
  ["↑ / ↓", "keys.tilt"],
  ["+ / −", "keys.zoom"],
  ["Home / 0", "keys.reset"],
  ["Tab, Enter", "keys.hotspots"],
] as const;

export function TourKeys({ id }: { id: string }) {
  return <KeysHelp id={id} namespace="viewer" keys={KEYS} block="viewer-keys" />;
}
