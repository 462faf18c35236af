import type { BoothPage } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { BoothIcon } from "./BoothIcon.tsx";
import { materialHref } from "./links.ts";

type Material = BoothPage["materials"][number];

function MaterialAction({ material, title }: { material: Material; title: string }) {
  const { t } = useTranslation("booth");
  const target = materialHref(material.url);
  if (!target) return <span className="booth-material__unavailable">{t("page.unavailable")}</span>;
  const opens = material.kind === "link" || target.external;
  return (
    <a
      className="button button--secondary button--sm booth-material__action"
      href={target.href}
      {...(opens ? { target: "_blank", rel: "noopener noreferrer" } : { download: "" })}
    >
      <BoothIcon name={opens ? "external" : "download"} size={18} />
      <span>{opens ? t("page.open") : t("page.download")}</span>
      <span className="visually-hidden">
        {` ${title}`}
        {opens ? ` ${t("page.newTab")}` : ""}
      </span>
    </a>
  );
}

/** The booth's documents, videos and links, each with its kind and a way to open it. */
export function BoothMaterials({ materials }: { materials: BoothPage["materials"] }) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const titleId = useId();
  return (
    <section className="booth-section" aria-labelledby={titleId}>
      <h2 className="booth-section__title" id={titleId}>
        {t("page.materials")}
      </h2>
      {materials.length === 0 ? <p className="booth-muted">{t("page.noMaterials")}</p> : null}
      <ul className="booth-materials">
        {materials.map((material) => {
          const title = pickText(material.title, locale) || t(`page.kinds.${material.kind}`);
          return (
            <li key={material.id} className={`booth-material booth-material--${material.kind}`}>
              <span className="booth-material__icon">
                <BoothIcon name={material.kind} size={22} />
              </span>
              <span className="booth-material__text">
                <span className="booth-material__title">{title}</span>
                <span className="booth-material__kind">{t(`page.kinds.${material.kind}`)}</span>
              </span>
              <MaterialAction material={material} title={title} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
