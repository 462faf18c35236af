// How much texture filtering the device can afford: anisotropic filtering sharpens
// the floor at a glancing angle on a GPU, but costs a software rasteriser dearly.
import { useThree } from "@react-three/fiber";
import { createContext, useContext } from "react";

/** True on a software rasteriser: the scene then skips anisotropic filtering. */
export const LowPowerContext = createContext(false);

/** The anisotropy level for textures of this scene, at most `wanted`. */
export function useAnisotropy(wanted: number): number {
  const lowPower = useContext(LowPowerContext);
  const max = useThree((s) => s.gl.capabilities.getMaxAnisotropy());
  return lowPower ? 1 : Math.max(1, Math.min(wanted, max));
}
