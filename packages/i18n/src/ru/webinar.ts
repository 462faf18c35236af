import type { webinar as en } from "../en/webinar.ts";
import type { CatalogueShape } from "../shape.ts";

export const webinar: CatalogueShape<typeof en> = {
  title: "Вебинар",
};
