/**
 * `/booths/:exhibitorId/tour`: the company's 360° tour, full page, with a way back to the booth and
 * the keys. The panorama shown is kept in the address (`?p=<panoramaId>`), so it can be linked to.
 */
import { boothPageInput, type Tour } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useSession } from "../auth/session.ts";
import { BoothIcon } from "../booth/BoothIcon.tsx";
import { BoothNotFound } from "../booth/BoothNotFound.tsx";
import { isMissingBooth } from "../booth/notFound.ts";
import { LoadError, Notice, PageLoading } from "../components/states.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import { TourKeys } from "./TourKeys.tsx";
import { TourViewer } from "./TourViewer.tsx";
import { useTourVisit } from "./useTourVisit.ts";
import "./immersive.css";

export function TourPage() {
  const { exhibitorId = "" } = useParams();
  const valid = boothPageInput.safeParse({ exhibitorId }).success;
  const { t } = useTranslation("viewer");
  const locale = useLocale();
  const trpc = useTRPC();
  const immersive = useQuery(trpc.immersive.booth.queryOptions({ exhibitorId }, { enabled: valid }));
  // The company's name for the title and the way back (usually cached from the booth page).
  const booth = useQuery(trpc.booth.page.queryOptions({ exhibitorId }, { enabled: valid }));
  const company = pickText(booth.data?.name, locale);
  useDocumentTitle(company ? t("tour.pageTitle", { company }) : t("tour.title"));

  if (!valid || (immersive.isError && isMissingBooth(immersive.error))) return <BoothNotFound />;
  if (immersive.isError) {
    return (
      <div className="container page">
        <LoadError onRetry={() => void immersive.refetch()} />
      </div>
    );
  }
  if (immersive.isPending) return <PageLoading />;
  return (
    <div className="container page tour-page">
      <p className="tour-page__back">
        <Link to={`/booths/${exhibitorId}`}>
          <BoothIcon name="back" size={18} />
          <span>{t("tour.back")}</span>
        </Link>
      </p>
      <h1 className="tour-page__title">{company ? t("tour.heading", { company }) : t("tour.title")}</h1>
      {immersive.data.tour.panoramas.length > 0 ? (
        <TourPageViewer exhibitorId={exhibitorId} tour={immersive.data.tour} />
      ) : (
        <Notice text={t("tour.empty")} />
      )}
    </div>
  );
}

function TourPageViewer({ exhibitorId, tour }: { exhibitorId: string; tour: Tour }) {
  const [params, setParams] = useSearchParams();
  const { data: user } = useSession();
  const keysId = useId();
  const asked = params.get("p");
  const panoramaId = tour.panoramas.find((p) => p.id === asked)?.id ?? tour.panoramas[0]?.id ?? "";
  useTourVisit(exhibitorId, panoramaId, Boolean(user));
  return (
    <>
      <TourViewer
        tour={tour}
        panoramaId={panoramaId}
        describedBy={keysId}
        onPanoramaChange={(id) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              next.set("p", id);
              return next;
            },
            { replace: true },
          )
        }
      />
      <TourKeys id={keysId} />
    </>
  );
}
