import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useSession } from "../auth/session.ts";
import { LoadError } from "../components/states.tsx";
import { useOverview } from "../exhibition/useOverview.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import "./home/home.css";
import { FloorCards } from "./home/FloorCards.tsx";
import { Hero } from "./home/Hero.tsx";
import { PassBand } from "./home/PassBand.tsx";
import { TodayProgramme } from "./home/TodayProgramme.tsx";

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(null);
  const overview = useOverview();
  const { data: user } = useSession();
  const { hash } = useLocation();
  const programmeHeading = useRef<HTMLHeadingElement>(null);
  const loaded = overview.data !== undefined;

  // "Programme" in the header links to #programme; the section exists only once data is here.
  useEffect(() => {
    if (hash !== "#programme" || !loaded) return;
    const heading = programmeHeading.current;
    heading?.closest("section")?.scrollIntoView({ block: "start" });
    heading?.focus({ preventScroll: true });
  }, [hash, loaded]);

  if (overview.isError && !overview.data) {
    return (
      <div className="container section">
        <h1 className="page-title">{t("appName")}</h1>
        <LoadError onRetry={() => void overview.refetch()} />
      </div>
    );
  }

  if (!overview.data) {
    return (
      <section className="hero hero--loading" aria-busy="true">
        <div className="container hero__inner">
          <div className="hero__content">
            <span className="skeleton skeleton--eyebrow" />
            <span className="skeleton skeleton--title" />
            <span className="skeleton skeleton--text" />
            <span className="visually-hidden" role="status">
              {t("common.loading")}
            </span>
          </div>
        </div>
      </section>
    );
  }

  return (
    <>
      <Hero overview={overview.data} user={user} />
      <FloorCards floors={overview.data.floors} />
      <TodayProgramme events={overview.data.today} headingRef={programmeHeading} />
      {user === null ? <PassBand /> : null}
    </>
  );
}
