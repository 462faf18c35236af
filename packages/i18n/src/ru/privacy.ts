import type { privacy as en } from "../en/privacy.ts";
import type { CatalogueShape } from "../shape.ts";

export const privacy: CatalogueShape<typeof en> = {
  title: "Мои данные",
};
