import type { live as en } from "../en/live.ts";
import type { CatalogueShape } from "../shape.ts";

export const live: CatalogueShape<typeof en> = {
  title: "Эфир",
};
