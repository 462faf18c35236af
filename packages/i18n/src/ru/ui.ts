import type { CatalogueShape } from "../shape.ts";
import type { ui as en } from "../en/ui.ts";

export const ui: CatalogueShape<typeof en> = {
  appName: "Pavilion",
};
