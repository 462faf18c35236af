import type { ExhibitorStats } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Panel } from "../cabinet/frame/CabinetTab.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { formatCount } from "../leads/words.ts";

/** Downloads per material as a list of bars: each item reads "title: N downloads" as text too. */
export function MaterialsBars({ materials }: { materials: ExhibitorStats["materials"] }) {
  const { t } = useTranslation("stats");
  const locale = useLocale();
  const sorted = [...materials].sort((a, b) => b.downloads - a.downloads);
  const max = sorted[0]?.downloads ?? 0;
  return (
    <Panel titleId="stats-materials-title" title={t("materials.title")}>
      {sorted.length === 0 || max === 0 ? (
        <p className="empty-note">{t("materials.empty")}</p>
      ) : (
        <ol className="bar-list" data-testid="stats-materials">
          {sorted.map((material) => {
            const title = pickText(material.title, locale);
            return (
              <li key={material.materialId} className="bar-list__item">
                <span className="bar-list__label">{title}</span>
                <span className="bar-list__value">
                  {t("materials.downloads", {
                    count: material.downloads,
                    formatted: formatCount(material.downloads, locale),
                  })}
                </span>
                <span className="bar-list__bar" aria-hidden="true">
                  <span style={{ width: `${Math.max(1, (material.downloads / max) * 100)}%` }} />
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
