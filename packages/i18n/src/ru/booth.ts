import type { booth as en } from "../en/booth.ts";
import type { CatalogueShape } from "../shape.ts";

export const booth: CatalogueShape<typeof en> = {
  title: "Стенд",
};
