import type { FloorBooth } from "@pavilion/schema";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { BoothLogo } from "../../booth/BoothLogo.tsx";
import { boothNameLang } from "../../booth/names.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useHeat } from "../heat/HeatContext.ts";
import { heatOf } from "../heat/heatScale.ts";
import type { ListedBooth } from "./filter.ts";

interface PlanListRowProps {
  item: ListedBooth;
  /** Where the row sits in a virtual list; null when the whole list is rendered. */
  position: { index: number; of: number; top: number } | null;
  tabbable: boolean;
  bookmarked: boolean;
  onOpen: (booth: FloorBooth) => void;
  onPoint: (booth: FloorBooth | null) => void;
  onFocusRow: (id: string) => void;
}

/** One booth in the plan's list: logo, name, and its live / staff / saved marks, as a button. */
export const PlanListRow = memo(function PlanListRow({
  item,
  position,
  tabbable,
  bookmarked,
  onOpen,
  onPoint,
  onFocusRow,
}: PlanListRowProps) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const { booth, name } = item;
  const heat = useHeat();
  const visits = heat ? heatOf(heat, booth.id) : null;
  const marked = booth.live || booth.staffOnline || bookmarked || visits !== null;
  return (
    <li
      className="plan-list__item"
      style={position ? { position: "absolute", top: position.top, left: 0, right: 0 } : undefined}
      aria-setsize={position?.of}
      aria-posinset={position ? position.index + 1 : undefined}
    >
      <button
        type="button"
        className={marked ? "plan-list__row plan-list__row--marked" : "plan-list__row"}
        data-booth={booth.id}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onOpen(booth)}
        onFocus={() => {
          onFocusRow(booth.id);
          onPoint(booth);
        }}
        onBlur={() => onPoint(null)}
        onMouseEnter={() => onPoint(booth)}
        onMouseLeave={() => onPoint(null)}
      >
        <BoothLogo url={booth.logoUrl} name={name} color={booth.color} size={40} alt="" />
        <span className="plan-list__text">
          <span className="plan-list__name" lang={boothNameLang(booth.name, locale)}>
            {name}
          </span>
          {marked ? (
            <span className="plan-list__marks">
              {booth.live ? (
                <span className="plan-list__mark plan-list__mark--live">{t("popup.live")}</span>
              ) : null}
              {booth.staffOnline ? (
                <span className="plan-list__mark plan-list__mark--staff">{t("popup.staffOnline")}</span>
              ) : null}
              {bookmarked ? (
                <span className="plan-list__mark plan-list__mark--saved">{t("plan.bookmarkTag")}</span>
              ) : null}
              {visits ? (
                <span className="plan-list__mark plan-list__mark--heat" data-testid="booth-visits">
                  <span
                    className="plan-list__heat-swatch"
                    style={{ background: visits.color }}
                    aria-hidden="true"
                  />
                  {t("analytics:heat.visits", { count: visits.visits })}
                </span>
              ) : null}
            </span>
          ) : null}
        </span>
      </button>
    </li>
  );
});
