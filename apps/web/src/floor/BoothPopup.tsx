/**
 * The booth popup of the floor (3D and 2D): logo, name, floor and live badges, as
 * plain DOM over the floor. It is a tooltip, not a dialog: it never takes focus;
 * the booth that has focus points at it with aria-describedby.
 */
import type { FloorBooth } from "@pavilion/schema";
import { type CSSProperties, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BoothLogo } from "../booth/BoothLogo.tsx";
import { boothName, boothNameLang } from "../booth/names.ts";
import { placePopup } from "../booth/popupPlacement.ts";
import { Icon } from "../components/Icon.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { safeColor } from "../lib/color.ts";
import "./BoothPopup.css";

export interface BoothPopupProps {
  booth: FloorBooth;
  floorName: { ru: string; en: string };
  /**
   * The point the popup belongs to (say, the top middle of the booth on screen), in
   * px from the padding box of the nearest positioned ancestor (the floor container).
   * The popup opens above it (below when there is no room) and stays on screen.
   */
  position: { left: number; top: number };
  /** Optional: the on-screen height of the booth below `position`, so a popup that opens below clears it. */
  anchorHeight?: number;
  id?: string;
}

interface Placed {
  left: number;
  top: number;
  side: "above" | "below";
  arrow: number;
}

function measure(popup: HTMLElement, position: BoothPopupProps["position"], anchorHeight = 0): Placed {
  const parent = popup.offsetParent instanceof HTMLElement ? popup.offsetParent : document.documentElement;
  const rect = parent.getBoundingClientRect();
  // Absolute offsets start at the padding box, inside the border.
  const origin = { x: rect.left + parent.clientLeft, y: rect.top + parent.clientTop };
  const anchor = { x: origin.x + position.left, y: origin.y + position.top };
  const size = { width: popup.offsetWidth, height: popup.offsetHeight };
  const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
  const container = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
  const placed = placePopup({ anchor, anchorHeight, size, viewport, container });
  const arrow = Math.min(Math.max(anchor.x - placed.left, 18), size.width - 18);
  return { left: placed.left - origin.x, top: placed.top - origin.y, side: placed.side, arrow };
}

function samePlace(a: Placed, b: Placed): boolean {
  return a.left === b.left && a.top === b.top && a.side === b.side && a.arrow === b.arrow;
}

export function BoothPopup({ booth, floorName, position, anchorHeight, id }: BoothPopupProps) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const [placed, setPlaced] = useState<Placed | null>(null);
  const name = boothName(booth.name, locale, t("unnamed"));
  const floor = pickText(floorName, locale);

  // Measured after every render (content and anchor may change) and before paint, so
  // the popup never flashes at the wrong place; equal results do not re-render.
  useLayoutEffect(() => {
    if (!ref.current) return;
    const next = measure(ref.current, position, anchorHeight);
    setPlaced((previous) => (previous && samePlace(previous, next) ? previous : next));
  });

  const style = {
    left: placed?.left ?? position.left,
    top: placed?.top ?? position.top,
    visibility: placed ? undefined : "hidden",
    "--arrow-x": placed ? `${placed.arrow}px` : "50%",
    "--brand": safeColor(booth.color),
  } as CSSProperties;

  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className={`booth-popup booth-popup--${placed?.side ?? "above"}`}
      style={style}
    >
      <div className="booth-popup__head">
        <BoothLogo url={booth.logoUrl} name={name} color={booth.color} size={56} eager />
        <div className="booth-popup__text">
          <p className="booth-popup__name" lang={boothNameLang(booth.name, locale)}>
            {name}
          </p>
          {floor ? (
            <p className="booth-popup__floor">
              <Icon name="layers" size={14} />
              <span>{floor}</span>
            </p>
          ) : null}
        </div>
      </div>
      {booth.live || booth.staffOnline ? (
        <ul className="booth-popup__badges">
          {booth.live ? <li className="tag tag--live">{t("popup.live")}</li> : null}
          {booth.staffOnline ? (
            <li className="tag tag--ok booth-popup__staff">{t("popup.staffOnline")}</li>
          ) : null}
        </ul>
      ) : null}
      <p className="booth-popup__hint">{t("popup.enterHint")}</p>
    </div>
  );
}
