import type { CabinetMaterial } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/useLocale.ts";
import { MoveButtons } from "../list/MoveButtons.tsx";
import { formatBytes } from "../upload/files.ts";

export interface RowActions {
  onPublish: (published: boolean) => void;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One material: its picture or kind, title and facts, and what can be done with it. */
export function MaterialRow({
  material,
  title,
  index,
  total,
  actions,
}: {
  material: CabinetMaterial;
  title: string;
  index: number;
  total: number;
  actions: RowActions;
}) {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  const facts = [
    t(`materials.kinds.${material.kind}`),
    material.size !== null ? formatBytes(material.size, locale) : null,
    material.fileName ?? (material.kind === "link" ? hostOf(material.url) : null),
  ].filter(Boolean);

  return (
    <li className="ordered-row" data-row-id={material.id} data-testid="cabinet-material">
      <MaterialThumb material={material} />
      <div className="ordered-row__body">
        <h3 className="ordered-row__title">
          {material.url ? (
            <a href={material.url} target="_blank" rel="noreferrer">
              {title}
            </a>
          ) : (
            title
          )}
        </h3>
        <p className="ordered-row__facts">{facts.join(" · ")}</p>
        {material.approved ? null : (
          <p>
            <span className="tag tag--pending">{t("materials.waiting")}</span>
          </p>
        )}
      </div>
      <div className="ordered-row__controls">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            className="switch__input"
            checked={material.published}
            aria-checked={material.published}
            onChange={(event) => actions.onPublish(event.target.checked)}
            aria-label={t("materials.visibleToggle", { title })}
          />
          <span className="switch__track" aria-hidden="true" />
          <span className="switch__text" aria-hidden="true">
            {material.published ? t("materials.published") : t("materials.hidden")}
          </span>
        </label>
        <div className="ordered-row__buttons">
          <MoveButtons
            index={index}
            total={total}
            onMove={actions.onMove}
            upLabel={t("materials.moveUp", { title })}
            downLabel={t("materials.moveDown", { title })}
          />
          <button type="button" className="button button--ghost button--sm" onClick={actions.onEdit}>
            {t("materials.edit")}
          </button>
          <button
            type="button"
            className="button button--ghost button--sm button--danger"
            onClick={actions.onDelete}
          >
            {t("materials.delete")}
          </button>
        </div>
      </div>
    </li>
  );
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

const kindMarks: Record<CabinetMaterial["kind"], string> = {
  pdf: "PDF",
  slides: "PPT",
  image: "IMG",
  video: "▶",
  link: "↗",
};

/** The material's picture (an image, a video's poster), else a tile naming its kind. */
function MaterialThumb({ material }: { material: CabinetMaterial }) {
  if (material.previewUrl) {
    return (
      <span className={`material-thumb material-thumb--${material.kind}`}>
        <img src={material.previewUrl} alt="" loading="lazy" />
        {material.kind === "video" ? <span className="material-thumb__play" aria-hidden="true" /> : null}
      </span>
    );
  }
  return (
    <span
      className={`material-thumb material-thumb--${material.kind} material-thumb--mark`}
      aria-hidden="true"
    >
      {kindMarks[material.kind]}
    </span>
  );
}
