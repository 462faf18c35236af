/** A small labelled button of a viewer's toolbar, with its line icon (drawn inline, decorative). */

const paths = {
  zoomIn: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Zm9 2-4-4M8 11h6m-3-3v6",
  zoomOut: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Zm9 2-4-4M8 11h6",
  reset: "M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4",
  expand: "M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5",
  shrink: "M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5",
  compass: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm3.5-12.5-2 5-5 2 2-5 5-2Z",
  panorama: "M3 7c6 2 12 2 18 0v10c-6-2-12-2-18 0V7Z",
  arrow: "M5 12h14m-6-6 6 6-6 6",
  info: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-10v5m0-8v.01",
  file: "M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Zm0 0v5h5",
} as const;

export type ViewerIconName = keyof typeof paths;

export function ViewerIcon({ name, size = 18 }: { name: ViewerIconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.9}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}

interface ViewerButtonProps {
  icon: ViewerIconName;
  label: string;
  onClick(): void;
  pressed?: boolean;
}

export function ViewerButton({ icon, label, onClick, pressed }: ViewerButtonProps) {
  return (
    <button type="button" className="viewer-button" onClick={onClick} aria-pressed={pressed}>
      <ViewerIcon name={icon} />
      <span>{label}</span>
    </button>
  );
}
