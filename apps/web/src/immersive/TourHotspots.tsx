/**
 * The current panorama's hotspots as real buttons and links over the canvas (the canvas moves them
 * each frame), in Tab order from left to right as the panorama opens; a hotspot out of sight turns
 * the view to itself when it gets focus. Also the visually hidden list of them for screen readers.
 */
import type { Panorama, Tour, TourHotspot } from "@pavilion/schema";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n/useLocale.ts";
import { wrapDegrees } from "./angles.ts";
import { type HotspotAction, hotspotAction, hotspotLabel } from "./hotspotText.ts";
import type { HotspotPlacement } from "./TourCanvas.tsx";
import { ViewerIcon, type ViewerIconName } from "./ViewerButton.tsx";
import type { ViewStore } from "./viewStore.ts";
import type { LookView } from "./views.ts";

interface TourHotspotsProps {
  tour: Tour;
  panorama: Panorama;
  view: ViewStore<LookView>;
  placements: Map<string, HotspotPlacement>;
  listId: string;
  hidden: boolean;
  onGo(panoramaId: string): void;
}

/** Left to right as seen from where the panorama opens. */
export function hotspotsInTabOrder(hotspots: readonly TourHotspot[], initialYaw: number): TourHotspot[] {
  return [...hotspots].sort(
    (a, b) => wrapDegrees(a.yaw - initialYaw) - wrapDegrees(b.yaw - initialYaw) || a.pitch - b.pitch,
  );
}

const ICONS: Record<TourHotspot["kind"], ViewerIconName> = {
  panorama: "arrow",
  material: "file",
  caption: "info",
};

export function TourHotspots({ tour, panorama, view, placements, listId, hidden, onGo }: TourHotspotsProps) {
  const { t } = useTranslation("viewer");
  const locale = useLocale();
  const [openCaption, setOpenCaption] = useState<string | null>(null);
  const ids = useMemo(() => new Set(tour.panoramas.map((p) => p.id)), [tour]);
  const hotspots = useMemo(
    () =>
      hotspotsInTabOrder(panorama.hotspots, panorama.initialYaw)
        .map((hotspot) => ({
          hotspot,
          label: hotspotLabel(hotspot, tour.panoramas, locale, t),
          action: hotspotAction(hotspot, ids, locale),
        }))
        .filter((h) => h.action.type !== "none"),
    [panorama, tour, ids, locale, t],
  );

  const place = (hotspot: TourHotspot) => (element: HTMLElement | null) => {
    if (element) {
      placements.set(hotspot.id, { yaw: hotspot.yaw, pitch: hotspot.pitch, element });
      // Draw once more so the new buttons find their places.
      view.set(view.get());
    } else placements.delete(hotspot.id);
  };
  // A hotspot out of sight brings itself into view when Tab reaches it.
  const face = (hotspot: TourHotspot) => (event: { currentTarget: HTMLElement }) => {
    if (event.currentTarget.dataset.inView === "true") return;
    view.set({ ...view.get(), yaw: wrapDegrees(hotspot.yaw), pitch: hotspot.pitch * 0.5 });
  };

  return (
    <>
      <div className="tour-hotspots" hidden={hidden}>
        {hotspots.map(({ hotspot, label, action }) => (
          <div
            key={hotspot.id}
            ref={place(hotspot)}
            className={`tour-hotspot tour-hotspot--${hotspot.kind}`}
            data-hotspot-id={hotspot.id}
            data-in-view="false"
          >
            <HotspotControl
              action={action}
              label={label}
              icon={ICONS[hotspot.kind]}
              expanded={openCaption === hotspot.id}
              onFocus={face(hotspot)}
              onGo={onGo}
              onToggle={() => setOpenCaption((open) => (open === hotspot.id ? null : hotspot.id))}
            />
            {action.type === "caption" && openCaption === hotspot.id ? (
              <div className="tour-hotspot__bubble" id={`caption-${hotspot.id}`}>
                <p>{action.text || label}</p>
              </div>
            ) : null}
          </div>
        ))}
      </div>
      <div className="visually-hidden" id={listId}>
        <p>{t("tour.hotspots")}</p>
        {hotspots.length > 0 ? (
          <ul>
            {hotspots.map(({ hotspot, label, action }) => (
              <li key={hotspot.id}>{action.type === "caption" ? `${t("tour.caption")}: ${label}` : label}</li>
            ))}
          </ul>
        ) : (
          <p>{t("tour.noHotspots")}</p>
        )}
      </div>
    </>
  );
}

interface HotspotControlProps {
  action: HotspotAction;
  label: string;
  icon: ViewerIconName;
  expanded: boolean;
  onFocus(event: { currentTarget: HTMLElement }): void;
  onGo(panoramaId: string): void;
  onToggle(): void;
}

function HotspotControl({ action, label, icon, expanded, onFocus, onGo, onToggle }: HotspotControlProps) {
  const { t } = useTranslation("viewer");
  const inner = (
    <>
      <span className="tour-hotspot__dot" aria-hidden="true">
        <ViewerIcon name={icon} size={18} />
      </span>
      <span className="tour-hotspot__label">{action.type === "caption" ? t("tour.caption") : label}</span>
    </>
  );
  switch (action.type) {
    case "panorama":
      return (
        <button
          type="button"
          className="tour-hotspot__control"
          onFocus={onFocus}
          onClick={() => onGo(action.panoramaId)}
        >
          {inner}
        </button>
      );
    case "download":
      return (
        <a className="tour-hotspot__control" href={action.href} download="" onFocus={onFocus}>
          {inner}
        </a>
      );
    case "open":
      return (
        <a
          className="tour-hotspot__control"
          href={action.href}
          target="_blank"
          rel="noopener noreferrer"
          onFocus={onFocus}
        >
          {inner}
        </a>
      );
    case "caption":
      return (
        <button
          type="button"
          className="tour-hotspot__control"
          aria-expanded={expanded}
          aria-label={`${t("tour.caption")}: ${label}`}
          onFocus={onFocus}
          onClick={onToggle}
        >
          {inner}
        </button>
      );
    case "none":
      return null;
    default: {
      const never: never = action;
      return never;
    }
  }
}
