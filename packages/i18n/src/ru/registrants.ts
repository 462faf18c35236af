import type { registrants as en } from "../en/registrants.ts";
import type { CatalogueShape } from "../shape.ts";

export const registrants: CatalogueShape<typeof en> = {
  title: "registrants",
};
