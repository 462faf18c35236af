import type { statsReport as en } from "../en/statsReport.ts";
import type { CatalogueShape } from "../shape.ts";

export const statsReport: CatalogueShape<typeof en> = {
  title: "Статистика стенда",
};
