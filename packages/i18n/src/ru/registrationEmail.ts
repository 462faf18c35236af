import type { registrationEmail as en } from "../en/registrationEmail.ts";
import type { CatalogueShape } from "../shape.ts";

export const registrationEmail: CatalogueShape<typeof en> = {
  title: "registrationEmail",
};
