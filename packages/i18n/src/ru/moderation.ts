import type { moderation as en } from "../en/moderation.ts";
import type { CatalogueShape } from "../shape.ts";

export const moderation: CatalogueShape<typeof en> = {
  title: "moderation",
};
