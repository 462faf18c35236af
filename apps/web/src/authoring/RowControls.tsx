/** Move up, move down and remove for one row of a list, each named with the row it acts on. */
import { useTranslation } from "react-i18next";

export function RowControls({
  rowName,
  index,
  count,
  onMove,
  onRemove,
}: {
  /** "Agenda item 2", "Speaker 1": what the buttons say they act on. */
  rowName: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation("authoring");
  return (
    <div className="authoring-row-controls">
      <button
        type="button"
        className="button button--ghost button--sm"
        data-action="up"
        disabled={index === 0}
        onClick={() => onMove(-1)}
        aria-label={t("list.moveUp", { name: rowName })}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="button button--ghost button--sm"
        data-action="down"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        aria-label={t("list.moveDown", { name: rowName })}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="button button--ghost button--sm authoring-row-controls__remove"
        data-action="remove"
        onClick={onRemove}
        aria-label={t("list.remove", { name: rowName })}
      >
        {t("list.removeShort")}
      </button>
    </div>
  );
}
