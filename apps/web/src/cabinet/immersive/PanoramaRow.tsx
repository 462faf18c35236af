import type { Panorama } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { MoveButtons } from "../list/MoveButtons.tsx";
import { thumbnailOf } from "./place.ts";

export interface PanoramaActions {
  onHotspots: () => void;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** One panorama of the tour: its picture, title, hotspots, and what can be done with it. */
export function PanoramaRow({
  panorama,
  title,
  index,
  total,
  actions,
}: {
  panorama: Panorama;
  title: string;
  index: number;
  total: number;
  actions: PanoramaActions;
}) {
  const { t } = useTranslation("immersive");
  const count = panorama.hotspots.length;
  const facts = [
    count > 0 ? t("tour.hotspotCount", { count }) : t("tour.noHotspots"),
    panorama.originalName,
  ].filter(Boolean);
  const thumbnail = thumbnailOf(panorama.levels);

  return (
    <li className="ordered-row" data-row-id={panorama.id} data-testid="cabinet-panorama">
      <span className="immersive-thumb immersive-thumb--panorama">
        {thumbnail ? <img src={thumbnail.url} alt="" loading="lazy" /> : null}
      </span>
      <div className="ordered-row__body">
        <h3 className="ordered-row__title">{title}</h3>
        <p className="ordered-row__facts">{facts.join(" · ")}</p>
        {index === 0 ? (
          <p>
            <span className="tag tag--ok">{t("tour.start")}</span>
          </p>
        ) : null}
      </div>
      <div className="ordered-row__controls">
        <button type="button" className="button button--secondary button--sm" onClick={actions.onHotspots}>
          {t("tour.hotspots")}
        </button>
        <div className="ordered-row__buttons">
          <MoveButtons
            index={index}
            total={total}
            onMove={actions.onMove}
            upLabel={t("tour.moveUp", { title })}
            downLabel={t("tour.moveDown", { title })}
          />
          <button type="button" className="button button--ghost button--sm" onClick={actions.onEdit}>
            {t("tour.edit")}
          </button>
          <button
            type="button"
            className="button button--ghost button--sm button--danger"
            onClick={actions.onRemove}
          >
            {t("tour.remove")}
          </button>
        </div>
      </div>
    </li>
  );
}
