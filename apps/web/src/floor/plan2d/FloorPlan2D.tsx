/**
 * The floor as a 2D plan, for devices without WebGL, for keyboards and for screen
 * readers: an SVG map (zoom, pan, arrow keys between booths, popups) beside a
 * filterable list of the same booths. It only reports: opening a booth is the
 * caller's `onOpen` (the floor page navigates with `{ from: "plan" }`).
 */
import type { FloorBooth, FloorPlan } from "@pavilion/schema";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { listBooths } from "./filter.ts";
import { createBoothIndex } from "./neighbour.ts";
import { PlanBoothList } from "./PlanBoothList.tsx";
import { PlanMap } from "./PlanMap.tsx";
import "./plan2d.css";

export interface FloorPlan2DProps {
  plan: FloorPlan;
  /** A booth to outline and bring into sight (a search result, the booth of a bookmark). */
  highlightedId?: string | null;
  /** Bookmarked exhibitors (exhibitor ids; booth ids work too), marked with a ribbon. */
  bookmarkedIds?: ReadonlySet<string>;
  /** The visitor's route along the alleys, in floor metres. */
  route?: { polyline: { x: number; z: number }[] } | null;
  onOpen: (booth: FloorBooth) => void;
  /** The booth the visitor points at (pointer or focus, map or list), null when none. */
  onHover?: (booth: FloorBooth | null) => void;
}

const noBookmarks: ReadonlySet<string> = new Set();

export function FloorPlan2D({
  plan,
  highlightedId = null,
  bookmarkedIds = noBookmarks,
  route = null,
  onOpen,
  onHover,
}: FloorPlan2DProps) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const headingId = useId();
  const index = useMemo(() => createBoothIndex(plan), [plan]);
  const listed = useMemo(() => listBooths(index.reading, locale, t("unnamed")), [index, locale, t]);
  const [listPointedId, setListPointedId] = useState<string | null>(null);
  const pointed = useRef<string | null>(null);
  // The caller's handlers may be new functions on each render; the memoised list rows
  // get stable ones that call the latest.
  const handlers = useRef({ onOpen, onHover });
  handlers.current = { onOpen, onHover };
  const open = useCallback((booth: FloorBooth) => handlers.current.onOpen(booth), []);

  // Map and list both report; the caller hears each change once.
  const point = useCallback((booth: FloorBooth | null) => {
    const id = booth?.id ?? null;
    if (id === pointed.current) return;
    pointed.current = id;
    handlers.current.onHover?.(booth);
  }, []);
  const pointFromList = useCallback(
    (booth: FloorBooth | null) => {
      setListPointedId(booth?.id ?? null);
      point(booth);
    },
    [point],
  );

  return (
    <section className="plan2d" aria-labelledby={headingId}>
      <h2 className="visually-hidden" id={headingId}>
        {t("plan.label", { floor: pickText(plan.floor.name, locale) })}
      </h2>
      <div className="plan2d__grid">
        <PlanMap
          plan={plan}
          index={index}
          highlightedId={highlightedId}
          listPointedId={listPointedId}
          bookmarkedIds={bookmarkedIds}
          route={route}
          onOpen={open}
          onPoint={point}
        />
        <PlanBoothList listed={listed} bookmarkedIds={bookmarkedIds} onOpen={open} onPoint={pointFromList} />
      </div>
    </section>
  );
}
