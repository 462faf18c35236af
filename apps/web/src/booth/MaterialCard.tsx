import { useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { BoothIcon } from "./BoothIcon.tsx";
import {
  fileTypeLabel,
  type Material,
  materialAction,
  materialIcon,
  materialMeta,
  viewable,
} from "./materials.ts";
import { boothNameLang } from "./names.ts";

/** The material's title and description in the visitor's language (the other one when empty). */
export function useMaterialText(material: Material) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const kindLabel = t(`page.kinds.${material.kind}`);
  return {
    title: pickText(material.title, locale) || kindLabel,
    titleLang: boothNameLang(material.title, locale),
    description: pickText(material.description, locale),
    descriptionLang: boothNameLang(material.description, locale),
    kindLabel,
  };
}

/** Download for a file, "Open link" for a link; named with the title so each is findable by name. */
export function MaterialActionLink({ material, title }: { material: Material; title: string }) {
  const { t } = useTranslation("booth");
  const action = materialAction(material);
  switch (action.type) {
    case "download":
      return (
        <a
          className="button button--secondary button--sm booth-material__action"
          href={action.href}
          download=""
        >
          <BoothIcon name="download" size={18} />
          <span>{t("page.download")}</span>
          <span className="visually-hidden"> {title}</span>
        </a>
      );
    case "open":
      return (
        <a
          className="button button--secondary button--sm booth-material__action"
          href={action.href}
          target="_blank"
          rel="noopener noreferrer"
        >
          <BoothIcon name="external" size={18} />
          <span>{t("page.openLink")}</span>
          <span className="visually-hidden">{` ${title} ${t("page.newTab")}`}</span>
        </a>
      );
    case "none":
      return <span className="booth-material__unavailable">{t("page.unavailable")}</span>;
    default: {
      const never: never = action;
      return never;
    }
  }
}

/** The picture on top of a card: a thumbnail or poster to open larger, else the kind's icon and file type. */
function MaterialPreview({
  material,
  title,
  typeLabel,
  onView,
}: {
  material: Material;
  title: string;
  typeLabel: string;
  onView: () => void;
}) {
  const { t } = useTranslation("booth");
  const [failed, setFailed] = useState(false);
  const picture = failed
    ? null
    : (material.previewUrl ?? (material.kind === "image" ? material.viewUrl : null));
  const tile = (
    <span className="booth-material__tile">
      <BoothIcon name={materialIcon(material.kind)} size={36} />
      <span className="booth-material__type">{typeLabel}</span>
    </span>
  );
  const image = picture ? (
    <img src={picture} alt="" loading="lazy" decoding="async" onError={() => setFailed(true)} />
  ) : (
    tile
  );
  if (!viewable(material)) {
    return (
      <div className="booth-material__preview" aria-hidden="true">
        {image}
      </div>
    );
  }
  const video = material.kind === "video";
  return (
    <button
      type="button"
      className="booth-material__preview booth-material__preview--button"
      onClick={onView}
      aria-haspopup="dialog"
    >
      {image}
      <span className={video ? "booth-material__play" : "booth-material__zoom"} aria-hidden="true">
        <BoothIcon name={video ? "play" : "expand"} size={video ? 26 : 18} />
      </span>
      <span className="visually-hidden">{t(video ? "page.playVideo" : "page.viewImage", { title })}</span>
    </button>
  );
}

/** One material: its picture, title, description, "PDF · 2.4 MB", and what to do with it. */
export function MaterialCard({ material, onView }: { material: Material; onView: () => void }) {
  const locale = useLocale();
  const text = useMaterialText(material);
  const meta = materialMeta(material, text.kindLabel, locale);
  const typeLabel =
    material.kind === "link" ? text.kindLabel : fileTypeLabel(material.fileName, text.kindLabel);
  return (
    <li className={`booth-material booth-material--${material.kind}`}>
      <MaterialPreview material={material} title={text.title} typeLabel={typeLabel} onView={onView} />
      <div className="booth-material__body">
        <h3 className="booth-material__title" lang={text.titleLang}>
          {text.title}
        </h3>
        {text.description ? (
          <p className="booth-material__description" lang={text.descriptionLang}>
            {text.description}
          </p>
        ) : null}
        <p className="booth-material__meta">{meta}</p>
      </div>
      <div className="booth-material__actions">
        <MaterialActionLink material={material} title={text.title} />
      </div>
    </li>
  );
}
