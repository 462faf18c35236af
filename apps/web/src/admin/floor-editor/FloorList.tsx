/** The floors of the exhibition for the organiser to choose one to edit. */
import type { ExhibitionOverview } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import "./floor-editor.css";

export function FloorList({ floors }: { floors: ExhibitionOverview["floors"] }) {
  const { t } = useTranslation("floorEdit");
  const locale = useLocale();
  if (floors.length === 0) return <div className="notice">{t("floors.empty")}</div>;
  return (
    <section aria-labelledby="editor-floors-title">
      <h2 className="editor-floors__title" id="editor-floors-title">
        {t("floors.title")}
      </h2>
      <ul className="editor-floors">
        {floors.map((floor, index) => (
          <li key={floor.id} className="editor-floors__item">
            <span className="editor-floors__number" aria-hidden="true">
              {String(index + 1).padStart(2, "0")}
            </span>
            <Link className="editor-floors__link" to={`/admin/floors/${encodeURIComponent(floor.slug)}`}>
              {pickText(floor.name, locale)}
            </Link>
            <span className="editor-floors__count">
              {t("floors.booths", { count: floor.exhibitorCount })}
            </span>
            <Icon name="arrowRight" className="editor-floors__arrow" />
          </li>
        ))}
      </ul>
    </section>
  );
}
