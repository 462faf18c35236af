import type { FloorBooth } from "@pavilion/schema";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { boothName } from "../../booth/names.ts";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useHeat } from "../heat/HeatContext.ts";
import { heatOf } from "../heat/heatScale.ts";
import { isBookmarked } from "./PlanBooths.tsx";

/** Each booth's accessible name on the plan: "Company, Floor, live now, bookmarked", by booth id. */
export function useBoothLabels(
  booths: readonly FloorBooth[],
  floor: { ru: string; en: string },
  bookmarkedIds: ReadonlySet<string>,
): ReadonlyMap<string, string> {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const floorName = pickText(floor, locale);
  const heat = useHeat();
  return useMemo(() => {
    const unnamed = t("unnamed");
    const live = t("plan.live");
    const bookmarked = t("plan.bookmarked");
    return new Map(
      booths.map((booth) => {
        const name = boothName(booth.name, locale, unnamed);
        const parts = [floorName ? t("plan.boothLabel", { name, floor: floorName }) : name];
        if (booth.live) parts.push(live);
        if (isBookmarked(booth, bookmarkedIds)) parts.push(bookmarked);
        if (heat) parts.push(t("analytics:heat.visits", { count: heatOf(heat, booth.id).visits }));
        return [booth.id, parts.join(", ")];
      }),
    );
  }, [booths, t, locale, floorName, bookmarkedIds, heat]);
}
