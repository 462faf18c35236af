/**
 * The plan as a map: an SVG in floor metres with zoom and pan, one tab stop for
 * all booths (roving tabindex), arrow keys to the neighbouring booth, Enter or
 * Space to open it, + / − / 0 to zoom, Escape to hide the popup.
 */
import type { FloorBooth, FloorPlan } from "@pavilion/schema";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { BoothPopup } from "../BoothPopup.tsx";
import { arrowDirections, handleZoomKey, ZOOM_STEP } from "./keys.ts";
import type { BoothIndex } from "./neighbour.ts";
import { drawable, PlanBooths } from "./PlanBooths.tsx";
import { PlanControls } from "./PlanControls.tsx";
import { PlanBackdrop, PlanRings, PlanRoute } from "./PlanLayers.tsx";
import { PlanLogos } from "./PlanLogos.tsx";
import { PlanSvg } from "./PlanSvg.tsx";
import { useBoothLabels } from "./useBoothLabels.ts";
import { useElementSize } from "./useElementSize.ts";
import { usePanZoom } from "./usePanZoom.ts";
import { boothIdOf, usePlanPointing } from "./usePlanPointing.ts";
import { popupAnchor, revealRect } from "./view.ts";

function centre(booth: FloorBooth | undefined) {
  return booth ? { x: booth.x + booth.width / 2, z: booth.z + booth.depth / 2 } : undefined;
}

export interface PlanMapProps {
  plan: FloorPlan;
  index: BoothIndex;
  highlightedId: string | null;
  /** The booth the visitor points at in the list, outlined on the map. */
  listPointedId: string | null;
  bookmarkedIds: ReadonlySet<string>;
  route: { polyline: { x: number; z: number }[] } | null;
  onOpen: (booth: FloorBooth) => void;
  onPoint: (booth: FloorBooth | null) => void;
}

export function PlanMap({
  plan,
  index,
  highlightedId,
  listPointedId,
  bookmarkedIds,
  route,
  onOpen,
  onPoint,
}: PlanMapProps) {
  const { t } = useTranslation("booth");
  const svgRef = useRef<SVGSVGElement>(null);
  const popupId = useId();
  const hintId = useId();
  const size = useElementSize(svgRef);
  const { view, zoom, reset, reveal, whole, closest, takeBlockedClick, pointerHandlers } = usePanZoom(
    plan,
    svgRef,
  );
  const byId = (id: string | null | undefined) => (id ? index.byId.get(id) : undefined);
  const pointing = usePlanPointing(index, onPoint, (booth) => reveal((v) => revealRect(v, booth, plan)));
  const { activeId, setActiveId, shown, focused } = pointing;

  const booths = useMemo(() => index.reading.filter(drawable), [index]);
  const labels = useBoothLabels(booths, plan.floor.name, bookmarkedIds);

  const tabbableId =
    [activeId, highlightedId].find((id) => id && index.byId.has(id)) ?? booths[0]?.id ?? null;

  // A booth highlighted from outside (search, "find on the plan") becomes the tab stop and comes
  // into sight, once: a refreshed plan (live marks) must not undo the visitor's own panning.
  const revealedId = useRef<string | null>(null);
  useEffect(() => {
    if (!highlightedId) revealedId.current = null;
    const booth = highlightedId ? index.byId.get(highlightedId) : undefined;
    if (!booth || !drawable(booth) || revealedId.current === booth.id) return;
    revealedId.current = booth.id;
    setActiveId(booth.id);
    reveal((v) => revealRect(v, booth, plan));
  }, [highlightedId, index, reveal, plan, setActiveId]);

  const focusBooth = (id: string) => {
    setActiveId(id);
    // preventScroll: the view pans itself (onFocus); the page and the map box must not scroll.
    svgRef.current
      ?.querySelector<SVGGElement>(`[data-booth="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true });
  };

  const onBoothKey = (event: KeyboardEvent) => {
    const booth = byId(boothIdOf(event.target));
    if (!booth) return;
    const direction = arrowDirections[event.key];
    const jump = event.key === "Home" ? booths[0] : event.key === "End" ? booths.at(-1) : undefined;
    if (direction) {
      const next = index.neighbour(booth.id, direction);
      if (next) focusBooth(next.id);
    } else if (jump) focusBooth(jump.id);
    else if (event.key === "Enter" || event.key === " ") onOpen(booth);
    else if (event.key === "Escape" && shown) pointing.dismiss();
    else return;
    event.preventDefault();
  };
  const onZoomKey = (event: KeyboardEvent) => handleZoomKey(event, { zoom, reset }, centre(focused));

  const anchor = shown ? popupAnchor(view, size, shown) : null;

  return (
    <div className="plan-map">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: zoom keys bubble here from the booths and buttons inside */}
      <div className={whole ? "plan-map__box" : "plan-map__box is-zoomed"} onKeyDown={onZoomKey}>
        <PlanSvg
          ref={svgRef}
          className="plan-map__svg"
          view={view}
          label={t("plan.mapLabel")}
          aria-describedby={hintId}
          {...pointing.handlers}
          onKeyDown={onBoothKey}
          onClick={(event) => {
            const booth = byId(boothIdOf(event.target));
            if (!takeBlockedClick() && booth) onOpen(booth);
          }}
          {...pointerHandlers}
        >
          <PlanBackdrop plan={plan} />
          <PlanBooths
            booths={booths}
            tabbableId={tabbableId}
            describedId={shown && shown === focused ? shown.id : null}
            popupId={popupId}
            bookmarkedIds={bookmarkedIds}
            labels={labels}
          />
          <PlanLogos booths={booths} atlas={plan.atlas} />
          {route ? <PlanRoute polyline={route.polyline} /> : null}
          <PlanRings
            rings={[
              { booth: byId(highlightedId), kind: "highlighted" },
              { booth: pointing.hovered ?? byId(listPointedId), kind: "pointed" },
              { booth: focused, kind: "focused" },
            ]}
          />
        </PlanSvg>
        {booths.length === 0 ? <p className="plan-map__empty">{t("plan.empty")}</p> : null}
        {booths.length === 0 ? null : (
          <PlanControls
            onZoomIn={() => zoom(ZOOM_STEP, centre(focused))}
            onZoomOut={() => zoom(1 / ZOOM_STEP, centre(focused))}
            onReset={reset}
            closest={closest}
            whole={whole}
          />
        )}
      </div>
      {/* Outside the clipping box, so a popup wider than a narrow map is not cut. */}
      {shown && anchor ? (
        <BoothPopup
          booth={shown}
          floorName={plan.floor.name}
          position={anchor}
          anchorHeight={anchor.height}
          id={popupId}
        />
      ) : null}
      <p id={hintId} className="plan-map__hint" hidden={booths.length === 0}>
        {t("plan.keysHint")}
      </p>
    </div>
  );
}
