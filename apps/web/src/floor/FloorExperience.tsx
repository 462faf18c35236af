/**
 * A floor, once its plan is here: the toolbar (search, 3D or plan, overview or
 * walk, keys), the floor switcher, and the 3D stage or the 2D plan, with "my route".
 */
import { createPicker } from "@pavilion/floor";
import { layoutFromPlan } from "@pavilion/floor/react";
import type { FloorPlan } from "@pavilion/schema";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { signInHref } from "../auth/next.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import type { SearchHit } from "./FloorSearch.tsx";
import { FloorStage3D } from "./FloorStage3D.tsx";
import { FloorSwitcher } from "./FloorSwitcher.tsx";
import { FloorToolbar } from "./FloorToolbar.tsx";
import { FocusPanel } from "./FocusPanel.tsx";
import { HeatBar, HeatToggle } from "./heat/HeatBar.tsx";
import { HeatContext } from "./heat/HeatContext.ts";
import { useFloorHeat } from "./heat/useFloorHeat.ts";
import { FloorPlan2D } from "./plan2d/FloorPlan2D.tsx";
import { RoutePanel } from "./RoutePanel.tsx";
import { useBookmarks } from "./useBookmarks.ts";
import { useFloorActions } from "./useFloorActions.ts";
import { useFloorRoute } from "./useFloorRoute.ts";
import { useFloorView } from "./useFloorView.ts";
import { useUrlSync } from "./useUrlSync.ts";
import { useFacedBooth } from "./useViewWatch.ts";
import { webglSupport } from "./webgl.ts";
import "./floor.css";
import "./floor-controls.css";
import "./floor-panels.css";

export function FloorExperience({ plan }: { plan: FloorPlan }) {
  const { t } = useTranslation("floor");
  const locale = useLocale();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [params] = useSearchParams();
  const helpId = useId();
  useDocumentTitle(pickText(plan.floor.name, locale));
  const layout = useMemo(() => layoutFromPlan(plan), [plan]);
  const picker = useMemo(() => createPicker(layout), [layout]);
  const view = useFloorView(layout, params);
  const flushUrl = useUrlSync(view);
  // ?bench=1 exposes the renderer, ?naive=1 draws one mesh per booth (the benchmark's
  // baseline), ?quality=high keeps MSAA and filtering even on software WebGL (screenshots).
  const [flags] = useState(() => ({
    bench: params.get("bench") === "1",
    naive: params.get("naive") === "1",
    high: params.get("quality") === "high",
  }));
  const webgl = useMemo(webglSupport, []);
  const [display, setDisplay] = useState<"3d" | "plan">(webgl.available ? "3d" : "plan");
  const bookmarks = useBookmarks();
  const route = useFloorRoute(plan, layout, bookmarks.ids, view);
  const { chosenId, enter, flyTo } = useFloorActions(plan, layout, view, flushUrl);
  const facedId = useFacedBooth(view, picker, display === "3d");
  const focusId = chosenId ?? facedId;
  const focus = plan.booths.find((b) => b.id === focusId);
  const polyline = route.mine?.route.polyline ?? null;
  const here = signInHref(`${pathname}${search}`);
  const heat = useFloorHeat(plan);

  // The heat map is read from above: turning it on (or arriving with ?heat=1) shows the overview.
  useEffect(() => {
    if (heat.on) view.setMode("overview");
  }, [heat.on, view]);

  // Arriving from a search on another floor (?booth=): fly to it once.
  const arrival = useRef(params.get("booth"));
  useEffect(() => {
    if (arrival.current) flyTo(arrival.current);
    arrival.current = null;
  }, [flyTo]);

  // Stable, so the memoised 3D view does not re-render when the URL follows the camera.
  const enterFromFloor = useCallback((id: string) => enter(id, "floor"), [enter]);
  const enterFocused = useCallback(() => {
    if (focusId) enter(focusId, "floor");
  }, [enter, focusId]);

  const choose = (hit: SearchHit) => {
    if (hit.floorSlug !== plan.floor.slug) {
      const booth = hit.boothId ? `?booth=${encodeURIComponent(hit.boothId)}` : "";
      navigate(`/floors/${encodeURIComponent(hit.floorSlug)}${booth}`);
    } else if (hit.boothId) flyTo(hit.boothId);
  };

  const routePanel = (
    <RoutePanel
      signedIn={bookmarks.signedIn}
      signInHref={here}
      stops={route.mine?.stops ?? []}
      reached={route.reached}
      remaining={route.remaining}
      onGo={(booth) => flyTo(booth.id)}
      onReplan={route.replan}
    />
  );

  const focusPanel = focus ? (
    <FocusPanel
      booth={focus}
      signedIn={bookmarks.signedIn}
      signInHref={here}
      bookmarked={bookmarks.ids.has(focus.exhibitorId)}
      busy={bookmarks.pending}
      onEnter={() => enter(focus.id, display === "3d" ? "floor" : "plan")}
      onToggleBookmark={() => bookmarks.toggle(focus.exhibitorId)}
    />
  ) : null;

  return (
    <div className="floor-page">
      <FloorToolbar
        plan={plan}
        view={view}
        display={display}
        webgl={webgl.available}
        helpId={helpId}
        onDisplay={setDisplay}
        onChoose={choose}
        extra={<HeatToggle heat={heat} />}
      />
      <HeatBar heat={heat} />
      <div className="floor-body">
        <FloorSwitcher plan={plan} />
        {plan.booths.length === 0 ? (
          <div className="floor-empty">
            <h2 className="floor-empty__title">{t("empty.title")}</h2>
            <p>{t("empty.text")}</p>
          </div>
        ) : display === "3d" ? (
          <FloorStage3D
            plan={plan}
            layout={layout}
            picker={picker}
            view={view}
            focusId={focusId}
            bookmarkedExhibitorIds={bookmarks.ids}
            route={polyline}
            helpId={helpId}
            naive={flags.naive}
            bench={flags.bench}
            lowPower={webgl.software && !flags.high}
            onOpen={enterFromFloor}
            onEnter={enterFocused}
            tints={heat.tints}
          >
            <div className="floor-overlay floor-overlay--right">{routePanel}</div>
            {focusPanel ? <div className="floor-overlay floor-overlay--bottom">{focusPanel}</div> : null}
            <p className="visually-hidden" aria-live="polite">
              {focus ? t("focus.announce", { name: pickText(focus.name, locale) }) : ""}
            </p>
          </FloorStage3D>
        ) : (
          <div className="floor-plan-view">
            <HeatContext value={heat.byBooth}>
              <FloorPlan2D
                plan={plan}
                highlightedId={chosenId}
                bookmarkedIds={bookmarks.ids}
                route={polyline ? { polyline } : null}
                onOpen={(booth) => enter(booth.id, "plan")}
              />
            </HeatContext>
            <div className="floor-plan-view__side">
              {focusPanel}
              {routePanel}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
