/**
 * The editor's plan: the floor as an SVG in metres with zoom and pan, booths with
 * their names, and the ghost of the selected booth's new place (red when the server
 * would refuse it). A booth is moved by dragging it (whole metres) or with the
 * arrow keys (1 m, Shift 5 m); Alt+arrow selects the neighbouring booth; Enter
 * saves and Escape cancels. One tab stop for all booths (roving tabindex).
 */
import type { PlacementProblem } from "@pavilion/floor";
import type { FloorPlan } from "@pavilion/schema";
import { type KeyboardEvent, type Ref, useId, useImperativeHandle, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { arrowDirections, handleZoomKey, ZOOM_STEP } from "../../floor/plan2d/keys.ts";
import { createBoothIndex } from "../../floor/plan2d/neighbour.ts";
import { drawable } from "../../floor/plan2d/PlanBooths.tsx";
import { PlanControls } from "../../floor/plan2d/PlanControls.tsx";
import { PlanBackdrop } from "../../floor/plan2d/PlanLayers.tsx";
import { PlanSvg } from "../../floor/plan2d/PlanSvg.tsx";
import { useElementSize } from "../../floor/plan2d/useElementSize.ts";
import { usePanZoom } from "../../floor/plan2d/usePanZoom.ts";
import { boothIdOf } from "../../floor/plan2d/usePlanPointing.ts";
import { revealRect } from "../../floor/plan2d/view.ts";
import { type Draft, draftOf, draftRect, nudge } from "./draft.ts";
import { EditorBooths } from "./EditorBooths.tsx";
import { frameFor } from "./frame.ts";
import { useBoothDrag } from "./useBoothDrag.ts";
import { useBoothNames } from "./useBoothNames.ts";
import "../../floor/plan2d/plan2d.css";

/** Picking a booth from the list zooms in at least this far (px a metre), so names can be read. */
const READABLE_ZOOM = 18;
/** What the page asks of the map. */
export interface EditorMapHandle {
  /** Gives a booth keyboard focus and brings it into sight, zoomed in to read names when `closer`. */
  focusBooth(id: string, closer?: boolean): void;
}

export interface EditorMapProps {
  plan: FloorPlan;
  selectedId: string | null;
  /** The selected booth's unsaved new place and size, if any. */
  draft: Draft | null;
  problem: PlacementProblem | null;
  busy: boolean;
  onSelect: (id: string) => void;
  onDraft: (draft: Draft) => void;
  onSave: () => void;
  onCancel: () => void;
  ref?: Ref<EditorMapHandle>;
}

export function EditorMap({
  plan,
  selectedId,
  draft,
  problem,
  busy,
  onSelect,
  onDraft,
  onSave,
  onCancel,
  ref,
}: EditorMapProps) {
  const { t } = useTranslation("floorEdit");
  const svgRef = useRef<SVGSVGElement>(null);
  const floorRef = useRef<SVGGElement>(null);
  const hintId = useId();
  const box = useElementSize(svgRef);
  const frame = useMemo(() => frameFor(plan, box), [plan, box]);
  const pan = usePanZoom(frame, svgRef);
  const { view, zoom, reset } = pan;
  const { x: ox, z: oz } = frame.offset;
  /** The view moved to show a rectangle of the floor. */
  const show = (rect: { x: number; z: number; width: number; depth: number }) =>
    pan.reveal((v) => revealRect(v, { ...rect, x: rect.x + ox, z: rect.z + oz }, frame));
  const index = useMemo(() => createBoothIndex(plan), [plan]);
  const booths = useMemo(() => index.reading.filter(drawable), [index]);
  const { names, labels } = useBoothNames(booths);
  const selected = selectedId ? index.byId.get(selectedId) : undefined;
  const tabbableId = selected?.id ?? booths[0]?.id ?? null;
  const pxPerMetre =
    box.width > 0 && view.width > 0 ? Math.min(box.width / view.width, box.height / view.height) : 0;

  const focusBooth = (id: string, closer = false) => {
    const booth = index.byId.get(id);
    if (booth && closer && pxPerMetre > 0 && pxPerMetre < READABLE_ZOOM * 0.75) {
      zoom(READABLE_ZOOM / pxPerMetre, {
        x: booth.x + booth.width / 2 + ox,
        z: booth.z + booth.depth / 2 + oz,
      });
    }
    if (booth) show(booth);
    svgRef.current
      ?.querySelector<SVGGElement>(`[data-booth="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true });
  };
  useImperativeHandle(ref, () => ({ focusBooth }));

  /** The draft of a booth as it is now: its unsaved change, or where it stands. */
  const draftFor = (id: string): Draft | null => {
    if (draft?.boothId === id) return draft;
    const booth = index.byId.get(id);
    return booth ? draftOf(booth) : null;
  };

  const onBoothKey = (event: KeyboardEvent) => {
    const id = boothIdOf(event.target);
    const base = id ? draftFor(id) : null;
    if (!id || !base) return;
    const direction = arrowDirections[event.key];
    if (direction && event.altKey) {
      const next = index.neighbour(id, direction);
      if (next) {
        onSelect(next.id);
        focusBooth(next.id);
      }
    } else if (direction && !event.ctrlKey && !event.metaKey) {
      if (busy) return event.preventDefault();
      const next = nudge(base, direction, event.shiftKey);
      onDraft(next);
      show(draftRect(next));
    } else if (event.key === "Enter") onSave();
    else if (event.key === "Escape") onCancel();
    else return;
    event.preventDefault();
  };
  const onZoomKey = (event: KeyboardEvent) => {
    const at = selected
      ? { x: selected.x + selected.width / 2 + ox, z: selected.z + selected.depth / 2 + oz }
      : undefined;
    handleZoomKey(event, { zoom, reset }, at);
  };

  const pointer = useBoothDrag({
    floorRef,
    draftFor,
    disabled: busy,
    onGrab: (id) => id !== selectedId && onSelect(id),
    onDraft,
    onDrop: (id) => focusBooth(id),
    pan: pan.pointerHandlers,
  });

  const ghost = draft ? draftRect(draft) : null;

  return (
    <div className="editor-map">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: zoom keys bubble here from the booths and buttons inside */}
      <div className="editor-map__box" onKeyDown={onZoomKey}>
        <PlanSvg
          ref={svgRef}
          className="editor-map__svg"
          view={view}
          label={t("map.label")}
          aria-describedby={hintId}
          onKeyDown={onBoothKey}
          onFocus={(event) => {
            const id = boothIdOf(event.target);
            if (id && id !== selectedId) onSelect(id);
          }}
          {...pointer}
        >
          <g ref={floorRef} transform={`translate(${ox} ${oz})`}>
            <PlanBackdrop plan={plan} />
            <EditorBooths
              booths={booths}
              names={names}
              labels={labels}
              tabbableId={tabbableId}
              selectedId={selected?.id ?? null}
              movingId={draft?.boothId ?? null}
              pxPerMetre={pxPerMetre}
            />
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabindex is not focusable */}
            <g className="editor-overlay" aria-hidden="true">
              {selected ? (
                <rect
                  className="editor-ring"
                  x={selected.x}
                  y={selected.z}
                  width={selected.width}
                  height={selected.depth}
                  rx={0.4}
                />
              ) : null}
              {ghost ? (
                <rect
                  className={problem ? "editor-ghost is-refused" : "editor-ghost"}
                  data-testid="booth-ghost"
                  data-refused={problem ? "true" : "false"}
                  x={ghost.x}
                  y={ghost.z}
                  width={ghost.width}
                  height={ghost.depth}
                  rx={0.4}
                />
              ) : null}
            </g>
          </g>
        </PlanSvg>
        {booths.length === 0 ? <p className="editor-map__empty">{t("map.empty")}</p> : null}
        <PlanControls
          onZoomIn={() => zoom(ZOOM_STEP)}
          onZoomOut={() => zoom(1 / ZOOM_STEP)}
          onReset={reset}
          closest={pan.closest}
          whole={pan.whole}
        />
      </div>
      <p id={hintId} className="editor-map__hint">
        {t("map.hint")}
      </p>
    </div>
  );
}
