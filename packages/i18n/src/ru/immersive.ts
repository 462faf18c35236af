import type { immersive as en } from "../en/immersive.ts";
import type { CatalogueShape } from "../shape.ts";

export const immersive: CatalogueShape<typeof en> = {
  tab: "3D и тур",
};
