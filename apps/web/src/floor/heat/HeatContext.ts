/** The heat map's visits by booth id for the 2D plan's shapes, labels and list; null when off. */
import { createContext, useContext } from "react";
import type { BoothHeatView } from "./heatScale.ts";

export const HeatContext = createContext<ReadonlyMap<string, BoothHeatView> | null>(null);

export function useHeat(): ReadonlyMap<string, BoothHeatView> | null {
  return useContext(HeatContext);
}
