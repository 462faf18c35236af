import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon.tsx";

/** Up and down buttons of a row in an ordered list; `data-move` lets focus follow the row. */
export function MoveButtons({
  index,
  total,
  onMove,
  labels,
}: {
  index: number;
  total: number;
  onMove: (delta: -1 | 1) => void;
  /** Catalogue keys of "Move “X” up/down" and the title they name. */
  labels: { up: string; down: string; title: string };
}) {
  const { t } = useTranslation("immersive");
  return (
    <>
      <button
        type="button"
        className="icon-button"
        data-move="up"
        onClick={() => onMove(-1)}
        disabled={index === 0}
        aria-label={t(labels.up, { title: labels.title })}
      >
        <Icon name="arrowRight" size={18} className="icon--up" />
      </button>
      <button
        type="button"
        className="icon-button"
        data-move="down"
        onClick={() => onMove(1)}
        disabled={index === total - 1}
        aria-label={t(labels.down, { title: labels.title })}
      >
        <Icon name="arrowRight" size={18} className="icon--down" />
      </button>
    </>
  );
}
