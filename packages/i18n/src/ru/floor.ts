import type { floor as en } from "../en/floor.ts";
import type { CatalogueShape } from "../shape.ts";

export const floor: CatalogueShape<typeof en> = {
  title: "Выставочный этаж",
};
