/** The bar over the floor: its name, search, 3D or plan, overview or walk, and the keys. */
import type { ViewStore } from "@pavilion/floor/react";
import type { FloorPlan } from "@pavilion/schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { FloorSearch, type SearchHit } from "./FloorSearch.tsx";
import { KeyboardHelp } from "./KeyboardHelp.tsx";
import { useViewMode } from "./useViewWatch.ts";

export interface FloorToolbarProps {
  plan: FloorPlan;
  view: ViewStore;
  display: "3d" | "plan";
  webgl: boolean;
  helpId: string;
  onDisplay(display: "3d" | "plan"): void;
  onChoose(hit: SearchHit): void;
  /** More tools at the end of the bar (the organisers' heat map switch). */
  extra?: ReactNode;
}

export function FloorToolbar(props: FloorToolbarProps) {
  const { plan, view, display, webgl, helpId, onDisplay, onChoose } = props;
  const { t } = useTranslation("floor");
  const locale = useLocale();
  const mode = useViewMode(view);
  const empty = plan.booths.length === 0;
  return (
    <div className="floor-bar">
      <div className="floor-bar__heading">
        <p className="floor-bar__eyebrow">{t("title")}</p>
        <h1 className="floor-bar__title">{pickText(plan.floor.name, locale)}</h1>
      </div>
      <FloorSearch floorSlug={plan.floor.slug} onChoose={onChoose} />
      <div className="floor-bar__tools">
        {empty ? null : webgl ? (
          <fieldset className="floor-segmented">
            <legend className="visually-hidden">{t("display.label")}</legend>
            {(["3d", "plan"] as const).map((d) => (
              <button
                key={d}
                type="button"
                className="floor-segmented__button"
                aria-pressed={display === d}
                onClick={() => onDisplay(d)}
              >
                {t(d === "3d" ? "display.scene" : "display.plan")}
              </button>
            ))}
          </fieldset>
        ) : (
          <p className="floor-bar__note">{t("display.noWebgl")}</p>
        )}
        {display === "3d" && !empty ? (
          <button
            type="button"
            className="button button--secondary button--sm floor-bar__mode"
            aria-keyshortcuts="O"
            onClick={() => view.setMode(mode === "walk" ? "overview" : "walk")}
          >
            {mode === "walk" ? t("view.overview") : t("view.walk")}
          </button>
        ) : null}
        {empty ? null : props.extra}
        {display === "3d" && !empty ? <KeyboardHelp id={helpId} /> : null}
      </div>
    </div>
  );
}
