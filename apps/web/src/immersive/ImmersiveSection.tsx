/**
 * The booth page's "3D and tour" section: the company's models in the viewer and a card that
 * opens its tour. Nothing at all when it has neither (or while they load, or if they cannot).
 */
import type { Tour } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useTRPC } from "../trpc.ts";
import { firstLevel } from "./levels.ts";
import { ModelShowcase } from "./ModelShowcase.tsx";
import { ViewerIcon } from "./ViewerButton.tsx";
import "./immersive.css";

interface ImmersiveSectionProps {
  exhibitorId: string;
  /** Record views (signed-in visitors on the real booth page, not previews). */
  record: boolean;
}

export function ImmersiveSection({ exhibitorId, record }: ImmersiveSectionProps) {
  const { t } = useTranslation("viewer");
  const trpc = useTRPC();
  const headingId = useId();
  const { data } = useQuery(trpc.immersive.booth.queryOptions({ exhibitorId }));
  if (!data || (data.models.length === 0 && data.tour.panoramas.length === 0)) return null;
  return (
    <section
      className="booth-section immersive-section"
      aria-labelledby={headingId}
      data-testid="booth-immersive"
    >
      <h2 className="booth-section__title" id={headingId}>
        {t("section.title")}
      </h2>
      {data.models.length > 0 ? <ModelShowcase models={data.models} recordViews={record} /> : null}
      {data.tour.panoramas.length > 0 ? <TourCard exhibitorId={exhibitorId} tour={data.tour} /> : null}
    </section>
  );
}

/** The tour's first panorama as a small picture, how many there are, and "Start the tour". */
function TourCard({ exhibitorId, tour }: { exhibitorId: string; tour: Tour }) {
  const { t } = useTranslation("viewer");
  const locale = useLocale();
  const first = tour.panoramas[0];
  const thumbnail = first ? firstLevel(first.levels) : null;
  const titleId = useId();
  return (
    <div className="tour-card">
      {thumbnail ? <img className="tour-card__picture" src={thumbnail.url} alt="" loading="lazy" /> : null}
      <div className="tour-card__body">
        <h3 className="tour-card__title" id={titleId}>
          <ViewerIcon name="panorama" size={20} />
          <span>{t("tour.title")}</span>
        </h3>
        <p className="tour-card__text">
          {t("tour.card")}{" "}
          <span className="tour-card__count">
            {t("tour.panoramasCount", { count: tour.panoramas.length })}
          </span>
        </p>
        {first ? <p className="tour-card__first">{pickText(first.title, locale)}</p> : null}
        <Link className="button button--primary tour-card__start" to={`/booths/${exhibitorId}/tour`}>
          <span>{t("tour.start")}</span>
          <ViewerIcon name="arrow" size={18} />
        </Link>
      </div>
    </div>
  );
}
