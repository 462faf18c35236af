import type { cabinet as en } from "../en/cabinet.ts";
import type { CatalogueShape } from "../shape.ts";

export const cabinet: CatalogueShape<typeof en> = {
  title: "cabinet",
};
