import type { ProductModel } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/useLocale.ts";
import { MoveButtons } from "../list/MoveButtons.tsx";
import { formatBytes } from "../upload/files.ts";
import { formatCount } from "./format.ts";

export interface ModelActions {
  onFeature: (featured: boolean) => void;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** One model: its preview, title and facts, whether it is on the stand, and what can be done with it. */
export function ModelRow({
  model,
  title,
  index,
  total,
  actions,
}: {
  model: ProductModel;
  title: string;
  index: number;
  total: number;
  actions: ModelActions;
}) {
  const { t } = useTranslation("immersive");
  const locale = useLocale();
  const facts = [
    t("models.triangles", { count: model.triangles, formatted: formatCount(model.triangles, locale) }),
    formatBytes(model.sizeBytes, locale),
    model.originalName,
  ].filter(Boolean);

  return (
    <li className="ordered-row" data-row-id={model.id} data-testid="cabinet-model">
      <span className="immersive-thumb immersive-thumb--model">
        {model.previewUrl ? (
          <img src={model.previewUrl} alt="" loading="lazy" />
        ) : (
          <span aria-hidden="true">3D</span>
        )}
      </span>
      <div className="ordered-row__body">
        <h3 className="ordered-row__title">{title}</h3>
        <p className="ordered-row__facts">{facts.join(" · ")}</p>
        {model.featured ? (
          <p>
            <span className="tag tag--ok">{t("models.featured")}</span>
          </p>
        ) : null}
      </div>
      <div className="ordered-row__controls">
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => actions.onFeature(!model.featured)}
        >
          {model.featured ? t("models.unfeature") : t("models.feature")}
        </button>
        <div className="ordered-row__buttons">
          <MoveButtons
            index={index}
            total={total}
            onMove={actions.onMove}
            upLabel={t("models.moveUp", { title })}
            downLabel={t("models.moveDown", { title })}
          />
          <button type="button" className="button button--ghost button--sm" onClick={actions.onEdit}>
            {t("models.edit")}
          </button>
          <button
            type="button"
            className="button button--ghost button--sm button--danger"
            onClick={actions.onRemove}
          >
            {t("models.remove")}
          </button>
        </div>
      </div>
    </li>
  );
}
