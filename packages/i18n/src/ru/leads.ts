import type { leads as en } from "../en/leads.ts";
import type { CatalogueShape } from "../shape.ts";

export const leads: CatalogueShape<typeof en> = {
  tab: "Лиды",
};
