// A whole exhibition floor, for inside an R3F <Canvas frameloop="demand">: the hall,
// every booth in a few instanced draws, logos, names, the route, the visitor, and
// the rig and controls that move them. Decisions come from the pure core.
import type { FloorPlan } from "@pavilion/schema";
import { useMemo, useRef } from "react";
import type { Picker } from "../core/picking.ts";
import type { FloorLayout, PlacedBooth, Point } from "../core/types.ts";
import { BenchHook } from "./BenchHook.tsx";
import { BoothBoxes } from "./BoothBoxes.tsx";
import { BoothLogos } from "./BoothLogos.tsx";
import { BoothModels } from "./BoothModels.tsx";
import { CameraRig } from "./CameraRig.tsx";
import { FloorControls } from "./FloorControls.tsx";
import { Hall } from "./Hall.tsx";
import type { ModelShelf } from "./modelShelf.ts";
import { NaiveBooths } from "./NaiveBooths.tsx";
import { NameBoards } from "./NameBoards.tsx";
import { parseHex, type Rgb } from "./palette.ts";
import type { Locale } from "./plan.ts";
import { LowPowerContext } from "./quality.ts";
import { RouteLine } from "./RouteLine.tsx";
import { type FloorSceneApi, SceneApi } from "./SceneApi.tsx";
import { VisitorMarker } from "./VisitorMarker.tsx";
import type { ViewStore } from "./viewStore.ts";

export interface FloorSceneProps {
  plan: FloorPlan;
  layout: FloorLayout;
  picker: Picker;
  view: ViewStore;
  locale: Locale;
  /** The element that takes pointer and keyboard input (it wraps the canvas and can take focus). */
  inputTarget: HTMLElement | null;
  /** Booth id to light up (hovered or chosen), or null. */
  highlightedId: string | null;
  bookmarkedIds: ReadonlySet<string>;
  route: readonly Point[] | null;
  onHover(booth: PlacedBooth | null, clientX: number, clientY: number): void;
  onOpen(booth: PlacedBooth): void;
  onEnter?(): void;
  /** One mesh and material per booth, for the benchmark's comparison. */
  naive?: boolean;
  /** Receives the scene's API once it is mounted (null when it goes). */
  onApi?(api: FloorSceneApi | null): void;
  /** A software rasteriser: skip anisotropic filtering. */
  lowPower?: boolean;
  /** Expose window.__pavilionFloor. */
  bench?: boolean;
  fontFamily?: string;
  /**
   * Colours by booth id that replace the exhibitors' own on carpet, back wall and fascia (the
   * organisers' heat map); the same instanced draw, repainted through instanceColor.
   */
  tints?: ReadonlyMap<string, Rgb> | null;
}

const FALLBACK_FONT = "Inter, 'Segoe UI', system-ui, sans-serif";

export function FloorScene(props: FloorSceneProps) {
  const { plan, layout, picker, view, locale, highlightedId, bookmarkedIds } = props;
  const fontFamily = props.fontFamily ?? FALLBACK_FONT;
  // Booths the layout placed and the plan describes, index-aligned for the instanced draws.
  const { booths, infos } = useMemo(() => {
    const byId = new Map(plan.booths.map((b) => [b.id, b]));
    const pairs = layout.booths.flatMap((b) => {
      const info = byId.get(b.id);
      return info ? [{ b, info }] : [];
    });
    return { booths: pairs.map((p) => p.b), infos: pairs.map((p) => p.info) };
  }, [plan, layout]);
  const tints = props.tints ?? null;
  const colors = useMemo(() => infos.map((b) => tints?.get(b.id) ?? parseHex(b.color)), [infos, tints]);
  const indexOf = useMemo(() => new Map(booths.map((b, i) => [b.id, i])), [booths]);
  const bookmarked = useMemo(
    () => new Set([...bookmarkedIds].flatMap((id) => (indexOf.has(id) ? [indexOf.get(id) ?? -1] : []))),
    [bookmarkedIds, indexOf],
  );
  const highlighted = highlightedId ? (indexOf.get(highlightedId) ?? -1) : -1;
  const models = useRef<ModelShelf | null>(null);

  return (
    <LowPowerContext value={props.lowPower ?? false}>
      <color attach="background" args={["#e4e1da"]} />
      <fog attach="fog" args={["#e4e1da", 90, 150 + 3 * Math.hypot(layout.width, layout.depth)]} />
      <hemisphereLight args={["#f7f8ff", "#e2dccf", 2.1]} />
      <directionalLight position={[-40, 90, 60]} intensity={1.5} />
      <directionalLight position={[60, 40, -50]} intensity={0.35} />
      <Hall layout={layout} />
      {props.naive ? (
        <NaiveBooths booths={booths} colors={infos.map((b) => b.color)} />
      ) : (
        <>
          <BoothBoxes
            booths={booths}
            colors={colors}
            highlighted={highlighted}
            bookmarked={bookmarked}
            tinted={tints !== null}
          />
          <BoothLogos
            booths={booths}
            infos={infos}
            atlas={plan.atlas}
            locale={locale}
            fontFamily={fontFamily}
          />
          <NameBoards booths={booths} infos={infos} locale={locale} fontFamily={fontFamily} view={view} />
          <BoothModels booths={booths} infos={infos} view={view} shelf={models} />
        </>
      )}
      <RouteLine polyline={props.route} />
      <VisitorMarker view={view} />
      <CameraRig view={view} layout={layout} picker={picker} />
      <FloorControls
        target={props.inputTarget}
        view={view}
        layout={layout}
        picker={picker}
        onHover={props.onHover}
        onOpen={props.onOpen}
        onEnter={props.onEnter}
      />
      {props.onApi ? <SceneApi booths={booths} onApi={props.onApi} /> : null}
      {props.bench ? (
        <BenchHook booths={booths} infos={infos} picker={picker} view={view} models={models} />
      ) : null}
    </LowPowerContext>
  );
}
