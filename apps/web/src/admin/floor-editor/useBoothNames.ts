import type { FloorBooth } from "@pavilion/schema";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { boothName } from "../../booth/names.ts";
import { useLocale } from "../../i18n/useLocale.ts";

/** Each booth's name in the reader's language, and its accessible name on the editor's plan, by booth id. */
export function useBoothNames(booths: readonly FloorBooth[]) {
  const { t } = useTranslation("floorEdit");
  const { t: tb } = useTranslation("booth");
  const locale = useLocale();
  return useMemo(() => {
    const unnamed = tb("unnamed");
    const names = new Map<string, string>();
    const labels = new Map<string, string>();
    for (const booth of booths) {
      const name = boothName(booth.name, locale, unnamed);
      names.set(booth.id, name);
      labels.set(booth.id, t("map.booth", { name, size: t(`sizes.${booth.size}`), x: booth.x, z: booth.z }));
    }
    return { names, labels };
  }, [booths, locale, t, tb]);
}
