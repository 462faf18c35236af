import type { analytics as en } from "../en/analytics.ts";
import type { CatalogueShape } from "../shape.ts";

export const analytics: CatalogueShape<typeof en> = {
  title: "Аналитика",
};
