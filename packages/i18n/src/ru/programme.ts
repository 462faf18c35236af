import type { programme as en } from "../en/programme.ts";
import type { CatalogueShape } from "../shape.ts";

export const programme: CatalogueShape<typeof en> = {
  title: "programme",
};
