import type { viewer as en } from "../en/viewer.ts";
import type { CatalogueShape } from "../shape.ts";

export const viewer: CatalogueShape<typeof en> = {
  tab: "3D и тур",
};
