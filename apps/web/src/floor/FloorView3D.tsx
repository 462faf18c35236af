/**
 * The 3D floor: a focusable stage (keyboard and pointer input) around an R3F
 * canvas that draws only on demand. Loaded lazily, so three.js stays in this chunk.
 */
import type { FloorLayout, Picker, PlacedBooth, Point } from "@pavilion/floor";
import { FloorScene, type FloorSceneApi, type Locale, type ViewStore } from "@pavilion/floor/react";
import type { FloorPlan } from "@pavilion/schema";
import { Canvas } from "@react-three/fiber";
import { memo, useState } from "react";
import "@fontsource/inter/latin-600.css";
import "@fontsource/inter/cyrillic-600.css";
import "@fontsource/inter/latin-700.css";
import "@fontsource/inter/cyrillic-700.css";

export interface FloorView3DProps {
  plan: FloorPlan;
  layout: FloorLayout;
  picker: Picker;
  view: ViewStore;
  locale: Locale;
  highlightedId: string | null;
  bookmarkedBoothIds: ReadonlySet<string>;
  route: readonly Point[] | null;
  label: string;
  describedBy: string;
  naive: boolean;
  bench: boolean;
  lowPower: boolean;
  onHover(booth: PlacedBooth | null, clientX: number, clientY: number): void;
  onOpen(booth: PlacedBooth): void;
  onEnter(): void;
  onApi(api: FloorSceneApi | null): void;
  /** Heat-map colours by booth id (organisers), or null for the exhibitors' own. */
  tints?: ReadonlyMap<string, [number, number, number]> | null;
}

const FONT = "Inter, 'Segoe UI', system-ui, sans-serif";

function FloorView3DImpl(props: FloorView3DProps) {
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  return (
    <div
      ref={setStage}
      className="floor-canvas"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the 3D floor is a widget that takes arrow keys and Enter.
      tabIndex={0}
      role="application"
      aria-roledescription={undefined}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      data-testid="floor-canvas"
    >
      <Canvas
        frameloop="demand"
        flat
        dpr={[1, 2]}
        gl={{ antialias: !props.lowPower, powerPreference: "high-performance" }}
        camera={{ fov: 60, near: 0.1, far: 4000, position: [0, 1.7, 0] }}
        aria-hidden="true"
      >
        <FloorScene
          plan={props.plan}
          layout={props.layout}
          picker={props.picker}
          view={props.view}
          locale={props.locale}
          inputTarget={stage}
          highlightedId={props.highlightedId}
          bookmarkedIds={props.bookmarkedBoothIds}
          route={props.route}
          onHover={props.onHover}
          onOpen={props.onOpen}
          onEnter={props.onEnter}
          onApi={props.onApi}
          naive={props.naive}
          bench={props.bench}
          lowPower={props.lowPower}
          fontFamily={FONT}
          tints={props.tints ?? null}
        />
      </Canvas>
    </div>
  );
}

/** Re-renders only when its props change, not when the page writes the camera into the URL. */
export const FloorView3D = memo(FloorView3DImpl);
export default FloorView3D;
