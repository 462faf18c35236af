/** A company's models on its booth page: a chooser of thumbnails (the featured one first) above the viewer. */
import type { ProductModel } from "@pavilion/schema";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { ModelViewer } from "./ModelViewer.tsx";

/** The featured model first, the others in the company's order. */
export function showcaseOrder(models: readonly ProductModel[]): ProductModel[] {
  return [...models.filter((m) => m.featured), ...models.filter((m) => !m.featured)];
}

export function ModelShowcase({ models, recordViews }: { models: ProductModel[]; recordViews: boolean }) {
  const { t } = useTranslation("viewer");
  const locale = useLocale();
  const ordered = useMemo(() => showcaseOrder(models), [models]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = ordered.find((m) => m.id === chosenId) ?? ordered[0];
  if (!chosen) return null;
  return (
    <div className="model-showcase">
      {ordered.length > 1 ? (
        <ul className="model-chooser" aria-label={t("section.chooser")}>
          {ordered.map((model) => {
            const title = pickText(model.title, locale);
            return (
              <li key={model.id}>
                <button
                  type="button"
                  className="model-chooser__item"
                  aria-pressed={model.id === chosen.id}
                  onClick={() => setChosenId(model.id)}
                >
                  {model.previewUrl ? (
                    <img src={model.previewUrl} alt="" loading="lazy" decoding="async" />
                  ) : (
                    <span className="model-chooser__tile" aria-hidden="true">
                      3D
                    </span>
                  )}
                  <span className="model-chooser__title">{title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <ModelViewer model={chosen} recordView={recordViews} />
    </div>
  );
}
