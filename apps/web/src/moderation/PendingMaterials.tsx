import type { CabinetMaterial } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { formatBytes } from "../cabinet/upload/files.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";

/** The materials an approval would show: new files and edited texts, with both languages side by side. */
export function PendingMaterials({ materials }: { materials: readonly CabinetMaterial[] }) {
  const { t } = useTranslation("moderation");
  const locale = useLocale();
  return (
    <section className="panel" aria-labelledby="pending-title">
      <h2 className="panel__title" id="pending-title">
        {t("review.materialsTitle")}
      </h2>
      {materials.length === 0 ? (
        <p className="empty-note">{t("review.materialsEmpty")}</p>
      ) : (
        <ul className="pending-materials">
          {materials.map((material) => (
            <li key={material.id} className="pending-material" data-testid="pending-material">
              {material.previewUrl ? (
                <img className="pending-material__thumb" src={material.previewUrl} alt="" loading="lazy" />
              ) : (
                <span className="pending-material__thumb pending-material__thumb--mark" aria-hidden="true">
                  {t(`cabinet:materials.kinds.${material.kind}`)}
                </span>
              )}
              <div className="pending-material__body">
                <p className="pending-material__title">
                  {pickText(material.title, locale) || t("cabinet:materials.untitled")}
                </p>
                <dl className="pending-material__texts">
                  {(["ru", "en"] as const).map((language) => (
                    <div key={language}>
                      <dt>{language.toUpperCase()}</dt>
                      <dd lang={language}>
                        <span className="pending-material__text-title">
                          {material.title[language] || "—"}
                        </span>
                        {material.description[language] ? (
                          <span>{material.description[language]}</span>
                        ) : null}
                      </dd>
                    </div>
                  ))}
                </dl>
                <p className="pending-material__facts">
                  {[
                    t(`cabinet:materials.kinds.${material.kind}`),
                    material.size !== null ? formatBytes(material.size, locale) : null,
                    material.fileName,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                  {material.url ? (
                    <>
                      {" · "}
                      <a href={material.url} target="_blank" rel="noreferrer">
                        {t("review.openMaterial")}
                      </a>
                    </>
                  ) : null}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
