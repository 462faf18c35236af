/**
 * A company's 360° tour: the focusable stage (drag, wheel, pinch, arrows, + and −, Home) round the
 * lazily loaded canvas, hotspots as real buttons and links over it, a toolbar, the strip of
 * panoramas and, for screen readers, a list of what the current one shows.
 *
 * Test hooks on the stage: data-panorama-id, data-state (loading | ready | error), data-yaw (whole
 * degrees, 0–359). Hotspots: data-hotspot-id, data-in-view.
 */
import type { Panorama, Tour } from "@pavilion/schema";
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { webglSupport } from "../floor/webgl.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { headingDegrees } from "./angles.ts";
import { panoramaTitle } from "./hotspotText.ts";
import { firstLevel } from "./levels.ts";
import type { HotspotPlacement } from "./TourCanvas.tsx";
import { TourHotspots } from "./TourHotspots.tsx";
import { useDeviceLook } from "./useDeviceLook.ts";
import { useCalmAnnouncement, useFullscreen } from "./useViewerChrome.ts";
import { useViewGestures } from "./useViewGestures.ts";
import { ViewerButton } from "./ViewerButton.tsx";
import { createViewStore } from "./viewStore.ts";
import {
  type LookView,
  lookAfterDrag,
  lookAfterKey,
  lookHome,
  type ViewKey,
  viewKeyOf,
  withFov,
} from "./views.ts";

const TourCanvas = lazy(() => import("./TourCanvas.tsx"));

interface TourViewerProps {
  tour: Tour;
  panoramaId: string;
  onPanoramaChange(panoramaId: string): void;
  /** Extra description of the stage (the keyboard help's id). */
  describedBy?: string;
}

export function TourViewer({ tour, panoramaId, onPanoramaChange, describedBy }: TourViewerProps) {
  const { t } = useTranslation("viewer");
  const locale = useLocale();
  const index = Math.max(
    0,
    tour.panoramas.findIndex((p) => p.id === panoramaId),
  );
  const panorama = tour.panoramas[index] as Panorama;
  const title = panoramaTitle(panorama, index, locale, t);
  const frame = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const view = useMemo(() => createViewStore<LookView>(lookHome(panorama.initialYaw)), [panorama]);
  const placements = useMemo(() => new Map<string, HotspotPlacement>(), []);
  const support = useMemo(() => webglSupport(), []);
  const [shownId, setShownId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const fullscreen = useFullscreen(frame);
  const { text: announcement, announce } = useCalmAnnouncement();
  const hotspotsId = useId();
  const state = !support.available || failed ? "error" : shownId === panorama.id ? "ready" : "loading";

  useEffect(() => {
    const show = () => stage.current?.setAttribute("data-yaw", String(headingDegrees(view.get().yaw)));
    show();
    return view.subscribe(show);
  }, [view]);

  const setView = useCallback(
    (next: LookView) => {
      const before = headingDegrees(view.get().yaw);
      view.set(next);
      const after = headingDegrees(next.yaw);
      if (after !== before) announce(t("tour.facing", { degrees: after }));
    },
    [view, announce, t],
  );
  const press = (key: ViewKey) => setView(lookAfterKey(view.get(), key, panorama.initialYaw));
  const device = useDeviceLook(view);

  useViewGestures(stage, {
    onDrag: (dx, dy, element) => setView(lookAfterDrag(view.get(), dx, dy, element.clientHeight)),
    onPinch: (factor) => setView(withFov(view.get(), view.get().fov / factor)),
    onWheel: (deltaY) => setView(withFov(view.get(), view.get().fov + deltaY * 0.05)),
  });

  const goTo = (id: string) => {
    setFailed(false);
    onPanoramaChange(id);
  };

  return (
    <div className="tour-viewer" ref={frame}>
      <div className="tour-viewer__frame">
        <div
          ref={stage}
          className={`tour-viewer__stage viewer-stage${state === "loading" ? " viewer-stage--switching" : ""}`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the stage is a widget that takes arrow keys, + and −.
          tabIndex={0}
          role="application"
          aria-label={t("tour.label", { title })}
          aria-describedby={[hotspotsId, describedBy].filter(Boolean).join(" ")}
          data-testid="tour-viewer"
          data-panorama-id={panorama.id}
          data-state={state}
          onKeyDown={(event) => {
            const key = viewKeyOf(event.key);
            if (!key || event.altKey || event.ctrlKey || event.metaKey) return;
            event.preventDefault();
            press(key);
          }}
        >
          {support.available && !failed ? (
            <Suspense fallback={null}>
              <TourCanvas
                key={attempt}
                panorama={panorama}
                view={view}
                hotspots={placements}
                lowPower={support.software}
                onShown={setShownId}
                onError={() => setFailed(true)}
              />
            </Suspense>
          ) : (
            <FlatPanorama panorama={panorama} />
          )}
          {state === "loading" ? (
            <div className="viewer-stage__status" role="status">
              <span className="spinner" aria-hidden="true" />
              <span>{t("tour.loading")}</span>
            </div>
          ) : null}
          {state === "error" ? (
            <div className="viewer-stage__status viewer-stage__status--error" role="alert">
              <span>{support.available ? t("tour.failed") : t("tour.noWebgl")}</span>
              {support.available ? (
                <button
                  type="button"
                  className="button button--secondary button--sm"
                  onClick={() => {
                    setFailed(false);
                    setAttempt((n) => n + 1);
                  }}
                >
                  {t("tour.retry")}
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
        <TourHotspots
          key={panorama.id}
          tour={tour}
          panorama={panorama}
          view={view}
          placements={placements}
          listId={hotspotsId}
          hidden={state === "error"}
          onGo={goTo}
        />
        <p className="tour-viewer__title" aria-hidden="true">
          {title}
        </p>
      </div>
      <div className="viewer-toolbar">
        <ViewerButton icon="zoomIn" label={t("tour.zoomIn")} onClick={() => press("zoomIn")} />
        <ViewerButton icon="zoomOut" label={t("tour.zoomOut")} onClick={() => press("zoomOut")} />
        <ViewerButton icon="reset" label={t("tour.reset")} onClick={() => press("reset")} />
        {device.supported ? (
          <ViewerButton
            icon="compass"
            label={device.active ? t("tour.orientationOff") : t("tour.orientationOn")}
            pressed={device.active}
            onClick={device.toggle}
          />
        ) : null}
        {fullscreen.supported ? (
          <ViewerButton
            icon={fullscreen.active ? "shrink" : "expand"}
            label={fullscreen.active ? t("tour.exitFullscreen") : t("tour.fullscreen")}
            onClick={fullscreen.toggle}
          />
        ) : null}
      </div>
      {device.denied ? <p className="tour-viewer__note">{t("tour.orientationDenied")}</p> : null}
      {tour.panoramas.length > 1 ? (
        <nav className="tour-strip" aria-label={t("tour.panoramas")}>
          <ol className="tour-strip__list">
            {tour.panoramas.map((p, i) => {
              const thumbnail = firstLevel(p.levels);
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    className="tour-strip__item"
                    aria-current={p.id === panorama.id ? "true" : undefined}
                    onClick={() => goTo(p.id)}
                    data-panorama-id={p.id}
                  >
                    {thumbnail ? <img src={thumbnail.url} alt="" loading="lazy" decoding="async" /> : null}
                    <span>{panoramaTitle(p, i, locale, t)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** Without WebGL: the panorama as a flat photo, so the place can still be seen. */
function FlatPanorama({ panorama }: { panorama: Panorama }) {
  const level = firstLevel(panorama.levels);
  return level ? <img className="tour-viewer__flat" src={level.url} alt="" /> : null;
}
