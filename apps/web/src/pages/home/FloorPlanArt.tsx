/** The hero's picture: a floor plan of booths along alleys with a visitor's route. Decorative. */
const booths: { x: number; y: number; w: number; h: number; tone: string }[] = [
  { x: 20, y: 20, w: 70, h: 50, tone: "var(--accent-400)" },
  { x: 100, y: 20, w: 50, h: 50, tone: "var(--plan-booth)" },
  { x: 160, y: 20, w: 80, h: 50, tone: "var(--plan-booth-2)" },
  { x: 280, y: 20, w: 50, h: 50, tone: "var(--plan-booth)" },
  { x: 340, y: 20, w: 60, h: 50, tone: "var(--teal-400)" },
  { x: 20, y: 110, w: 50, h: 60, tone: "var(--plan-booth-2)" },
  { x: 80, y: 110, w: 70, h: 60, tone: "var(--plan-booth)" },
  { x: 160, y: 110, w: 80, h: 60, tone: "var(--accent-300)" },
  { x: 280, y: 110, w: 120, h: 60, tone: "var(--plan-booth-2)" },
  { x: 20, y: 210, w: 90, h: 50, tone: "var(--plan-booth)" },
  { x: 120, y: 210, w: 50, h: 50, tone: "var(--teal-400)" },
  { x: 180, y: 210, w: 60, h: 50, tone: "var(--plan-booth-2)" },
  { x: 280, y: 210, w: 70, h: 50, tone: "var(--plan-booth)" },
  { x: 360, y: 210, w: 40, h: 50, tone: "var(--accent-400)" },
];

export function FloorPlanArt() {
  return (
    <div className="plan-art" aria-hidden="true">
      <svg viewBox="0 0 420 280" className="plan-art__svg" aria-hidden="true" focusable="false">
        <rect x="4" y="4" width="412" height="272" rx="14" className="plan-art__floor" />
        {booths.map((booth) => (
          <rect
            key={`${booth.x}-${booth.y}`}
            x={booth.x}
            y={booth.y}
            width={booth.w}
            height={booth.h}
            rx="5"
            fill={booth.tone}
            className="plan-art__booth"
          />
        ))}
        <path d="M40 90 H255 V190 H375" className="plan-art__route" />
        <circle cx="40" cy="90" r="7" className="plan-art__start" />
        <circle cx="375" cy="190" r="9" className="plan-art__goal" />
      </svg>
    </div>
  );
}
