/** One event: agenda, speakers, the registration form and its result. */
import { eventPageInput } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { NotFoundView } from "../components/NotFoundView.tsx";
import { LoadError, PageLoading } from "../components/states.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { visitorTimeZone } from "../lib/format.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useNow } from "../lib/useNow.ts";
import { EventAgenda } from "../programme/event/EventAgenda.tsx";
import { EventHeader } from "../programme/event/EventHeader.tsx";
import { EventSpeakers } from "../programme/event/EventSpeakers.tsx";
import { isMissingEvent } from "../programme/notFound.ts";
import { RegistrationForm } from "../programme/registration/RegistrationForm.tsx";
import { useTRPC } from "../trpc.ts";
import "../programme/programme.css";
import "../programme/event/event.css";

export function EventPage() {
  const { eventId = "" } = useParams();
  const { t } = useTranslation("programme");
  const locale = useLocale();
  const trpc = useTRPC();
  const now = useNow();
  const viewerZone = useMemo(() => visitorTimeZone(), []);
  const aboutId = useId();
  const registrationId = useId();
  const valid = eventPageInput.safeParse({ eventId }).success;
  const page = useQuery(trpc.programme.event.queryOptions({ eventId }, { enabled: valid }));
  const event = page.data;
  useDocumentTitle(
    event ? pickText(event.title, locale) : valid && page.isPending ? null : t("event.notFoundTitle"),
  );

  if (!valid || (page.isError && isMissingEvent(page.error))) {
    return (
      <NotFoundView title={t("event.notFoundTitle")} text={t("event.notFound")}>
        <Link className="button button--primary" to="/programme">
          {t("event.back")}
        </Link>
      </NotFoundView>
    );
  }
  if (page.isError) {
    return (
      <div className="container page">
        <LoadError onRetry={() => void page.refetch()} />
      </div>
    );
  }
  if (!event) return <PageLoading />;

  const description = pickText(event.description, locale);
  return (
    <div className="container page event-page">
      <EventHeader event={event} now={now} viewerZone={viewerZone} />
      <div className="event-layout">
        {description ? (
          <section className="event-section event-layout__about" aria-labelledby={aboutId}>
            <h2 className="event-section__title" id={aboutId}>
              {t("event.about")}
            </h2>
            <p className="event-description">{description}</p>
          </section>
        ) : null}
        <section
          className="event-registration event-layout__aside"
          aria-labelledby={registrationId}
          id="register"
        >
          <h2 className="event-section__title" id={registrationId}>
            {t("registration.title")}
          </h2>
          <RegistrationForm eventId={event.id} mode="self" />
        </section>
        <div className="event-layout__main">
          <EventAgenda items={event.agenda} viewerZone={viewerZone} />
          <EventSpeakers event={event} />
        </div>
      </div>
    </div>
  );
}
