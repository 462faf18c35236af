import type { reminderEmail as en } from "../en/reminderEmail.ts";
import type { CatalogueShape } from "../shape.ts";

export const reminderEmail: CatalogueShape<typeof en> = {
  title: "reminderEmail",
};
