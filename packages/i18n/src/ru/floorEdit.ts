import type { floorEdit as en } from "../en/floorEdit.ts";
import type { CatalogueShape } from "../shape.ts";

export const floorEdit: CatalogueShape<typeof en> = {
  title: "floorEdit",
};
