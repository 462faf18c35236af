/** The live view of an event (webinar, programme session): watching for viewers, the console for hosts. */
import { webinarInput } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isMissingBooth } from "../booth/notFound.ts";
import { NotFoundView } from "../components/NotFoundView.tsx";
import { LoadError, PageLoading } from "../components/states.tsx";
import { useTRPC } from "../trpc.ts";
import { WebinarView } from "../webinar/WebinarView.tsx";

/** How often the state is fetched again anyway (the room and its packets say most changes first). */
const REFRESH_MS = 30_000;

export function WebinarPage() {
  const { eventId = "" } = useParams();
  // The API takes only UUIDs; anything else cannot be an event, so it is not even asked.
  const valid = webinarInput.safeParse({ eventId }).success;
  const trpc = useTRPC();
  const state = useQuery(
    trpc.webinar.state.queryOptions({ eventId }, { enabled: valid, refetchInterval: REFRESH_MS }),
  );

  // "Missing" is the same test for an event as for a booth: NOT_FOUND, or an id the API cannot read.
  if (!valid || (state.isError && !state.data && isMissingBooth(state.error))) return <WebinarNotFound />;
  // Once loaded, a failed refresh keeps the page as it was; the next one may pass.
  if (state.data) return <WebinarView webinar={state.data} />;
  if (state.isError) {
    return (
      <div className="container page">
        <LoadError onRetry={() => void state.refetch()} />
      </div>
    );
  }
  return <PageLoading />;
}

function WebinarNotFound() {
  const { t } = useTranslation("webinar");
  return (
    <NotFoundView title={t("notFound.title")} text={t("notFound.text")}>
      <Link className="button button--primary" to="/">
        {t("notFound.home")}
      </Link>
    </NotFoundView>
  );
}
