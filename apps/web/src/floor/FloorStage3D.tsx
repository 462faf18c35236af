/**
 * The 3D floor with what floats over it: the booth popup (at the pointer, or at
 * the booth chosen or faced), the panel of that booth, the minimap and any extra
 * panels the page passes in.
 */
import type { FloorLayout, Picker, PlacedBooth, Point } from "@pavilion/floor";
import type { FloorSceneApi, ViewStore } from "@pavilion/floor/react";
import type { FloorPlan } from "@pavilion/schema";
import { lazy, type ReactNode, Suspense, useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/useLocale.ts";
import { BoothPopup } from "./BoothPopup.tsx";
import { Minimap } from "./Minimap.tsx";
import { type StagePoint, useBoothAnchor } from "./useBoothAnchor.ts";

const FloorView3D = lazy(() => import("./FloorView3D.tsx"));

export interface FloorStage3DProps {
  plan: FloorPlan;
  layout: FloorLayout;
  picker: Picker;
  view: ViewStore;
  /** The booth chosen (search) or faced (keyboard), by booth id. */
  focusId: string | null;
  bookmarkedExhibitorIds: ReadonlySet<string>;
  route: readonly Point[] | null;
  helpId: string;
  naive: boolean;
  bench: boolean;
  /** Software WebGL: no MSAA, no anisotropic filtering. */
  lowPower: boolean;
  onOpen(boothId: string): void;
  onEnter(): void;
  /** Heat-map colours by booth id (organisers), or null. */
  tints?: ReadonlyMap<string, [number, number, number]> | null;
  /** Panels over the scene (the booth panel, my route). */
  children?: ReactNode;
}

const POPUP_ID = "floor-booth-popup";

export function FloorStage3D(props: FloorStage3DProps) {
  const { plan, view, focusId, onOpen } = props;
  const { t } = useTranslation("floor");
  const locale = useLocale();
  const stage = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ id: string; at: StagePoint } | null>(null);
  const [api, setApi] = useState<FloorSceneApi | null>(null);
  const anchor = useBoothAnchor(hover ? null : focusId, api, view, stage);
  const byId = useMemo(() => new Map(plan.booths.map((b) => [b.id, b])), [plan]);
  const bookmarkedBoothIds = useMemo(
    () =>
      new Set(plan.booths.filter((b) => props.bookmarkedExhibitorIds.has(b.exhibitorId)).map((b) => b.id)),
    [plan, props.bookmarkedExhibitorIds],
  );

  const onHover = useCallback((booth: PlacedBooth | null, clientX: number, clientY: number) => {
    const rect = stage.current?.getBoundingClientRect();
    setHover(
      booth && rect
        ? { id: booth.id, at: { left: clientX - rect.left, top: clientY - rect.top - 14 } }
        : null,
    );
  }, []);
  const open = useCallback((booth: PlacedBooth) => onOpen(booth.id), [onOpen]);

  const popupBooth = hover ? byId.get(hover.id) : focusId && anchor ? byId.get(focusId) : undefined;
  const popupAt = hover?.at ?? anchor;

  return (
    <div className="floor-stage" ref={stage}>
      <Suspense
        fallback={
          <div className="floor-stage__loading" role="status">
            <span className="spinner spinner--large" aria-hidden="true" />
            <span>{t("loading3d")}</span>
          </div>
        }
      >
        <FloorView3D
          plan={plan}
          layout={props.layout}
          picker={props.picker}
          view={view}
          locale={locale}
          highlightedId={hover?.id ?? focusId}
          bookmarkedBoothIds={bookmarkedBoothIds}
          route={props.route}
          label={t("canvas.label", { floor: plan.floor.name[locale] || plan.floor.name.en })}
          describedBy={popupBooth ? `${props.helpId} ${POPUP_ID}` : props.helpId}
          naive={props.naive}
          bench={props.bench}
          lowPower={props.lowPower}
          onHover={onHover}
          onOpen={open}
          onEnter={props.onEnter}
          onApi={setApi}
          tints={props.tints ?? null}
        />
      </Suspense>
      {popupBooth && popupAt ? (
        <BoothPopup id={POPUP_ID} booth={popupBooth} floorName={plan.floor.name} position={popupAt} />
      ) : null}
      <Minimap
        plan={plan}
        layout={props.layout}
        view={view}
        route={props.route}
        bookmarked={props.bookmarkedExhibitorIds}
      />
      {props.children}
    </div>
  );
}
