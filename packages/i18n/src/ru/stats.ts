import type { stats as en } from "../en/stats.ts";
import type { CatalogueShape } from "../shape.ts";

export const stats: CatalogueShape<typeof en> = {
  tab: "Статистика",
};
