/** The keys of the 3D floor, visible on demand and linked from the canvas's description. */
import { KeysHelp } from "../components/KeysHelp.tsx";
import "./KeyboardHelp.css";

const KEYS = [
  ["W / ↑", "keys.forward"],
  ["S / ↓", "keys.back"],
  ["A / D", "keys.strafe"],
  ["← / →  Q / E", "keys.turn"],
  ["Shift", "keys.run"],
  ["Enter", "keys.enter"],
  ["O", "keys.overview"],
] as const;

export function KeyboardHelp({ id }: { id: string }) {
  return <KeysHelp id={id} namespace="floor" keys={KEYS} block="floor-keys" />;
}
