import type { leadExports as en } from "../en/leadExports.ts";
import type { CatalogueShape } from "../shape.ts";

export const leadExports: CatalogueShape<typeof en> = {
  sheet: "Лиды",
};
