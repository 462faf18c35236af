import { useTranslation } from "react-i18next";
import "./plan-controls.css";

const icons = {
  in: "M12 5v14M5 12h14",
  out: "M5 12h14",
  fit: "M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5",
} as const;

function ControlIcon({ name }: { name: keyof typeof icons }) {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={icons[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

interface PlanControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  closest: boolean;
  whole: boolean;
}

/** Zoom in, zoom out, whole floor: the map buttons in the corner of the plan. */
export function PlanControls({ onZoomIn, onZoomOut, onReset, closest, whole }: PlanControlsProps) {
  const { t } = useTranslation("booth");
  const buttons = [
    { key: "in", label: t("plan.zoomIn"), onClick: onZoomIn, disabled: closest },
    { key: "out", label: t("plan.zoomOut"), onClick: onZoomOut, disabled: whole },
    { key: "fit", label: t("plan.zoomReset"), onClick: onReset, disabled: whole },
  ] as const;
  return (
    <div className="plan-controls">
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          className="plan-controls__button"
          aria-label={button.label}
          title={button.label}
          // aria-disabled keeps the button focusable, so focus is not lost when a limit is reached.
          aria-disabled={button.disabled || undefined}
          onClick={button.disabled ? undefined : button.onClick}
        >
          <ControlIcon name={button.key} />
        </button>
      ))}
    </div>
  );
}
