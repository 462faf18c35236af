import { Icon } from "../../components/Icon.tsx";

/** Up and down buttons of a row in an ordered list; `data-move` lets focus follow the row. */
export function MoveButtons({
  index,
  total,
  onMove,
  upLabel,
  downLabel,
}: {
  index: number;
  total: number;
  onMove: (delta: -1 | 1) => void;
  /** "Move “X” up" and "Move “X” down", translated. */
  upLabel: string;
  downLabel: string;
}) {
  return (
    <>
      <button
        type="button"
        className="icon-button"
        data-move="up"
        onClick={() => onMove(-1)}
        disabled={index === 0}
        aria-label={upLabel}
      >
        <Icon name="arrowRight" size={18} className="icon--up" />
      </button>
      <button
        type="button"
        className="icon-button"
        data-move="down"
        onClick={() => onMove(1)}
        disabled={index === total - 1}
        aria-label={downLabel}
      >
        <Icon name="arrowRight" size={18} className="icon--down" />
      </button>
    </>
  );
}
