/** Loads what the editor needs (the event, or the exhibition's days for a new one) and titles the screen. */
import { authoringEventIdInput, type EditableEvent } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { LoadError, Notice, PageLoading } from "../components/states.tsx";
import { useOverview } from "../exhibition/useOverview.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { appErrorOf } from "../lib/errors.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import { EventEditor } from "./EventEditor.tsx";

interface Props {
  /** null: a new event. */
  eventId: string | null;
  /** The company of a new webinar; null for a programme session. */
  exhibitorId: string | null;
  organiser: boolean;
  onCreated: (event: EditableEvent) => void;
  /** The screen's heading: h2 inside the cabinet, h1 on an organiser's page. */
  heading?: "h1" | "h2";
}

export function EventEditorScreen({ eventId, exhibitorId, organiser, onCreated, heading = "h2" }: Props) {
  const Heading = heading;
  const { t } = useTranslation("authoring");
  const locale = useLocale();
  const trpc = useTRPC();
  const valid = eventId === null || authoringEventIdInput.safeParse({ eventId }).success;
  const event = useQuery(
    trpc.authoring.event.queryOptions(
      { eventId: eventId ?? "" },
      { enabled: eventId !== null && valid, retry: false },
    ),
  );
  const overview = useOverview();
  const title =
    eventId === null
      ? t(organiser && exhibitorId === null ? "editor.newSession" : "editor.newWebinar")
      : pickText(event.data?.title, locale) || t("editor.editTitle");
  useDocumentTitle(title);

  let body: React.ReactNode;
  if (!valid) body = <Notice text={t("editor.notFound")} />;
  else if (eventId !== null) {
    if (event.isPending) body = <PageLoading />;
    else if (event.isError) {
      const code = appErrorOf(event.error).code;
      body =
        code.endsWith("notFound") || code === "auth.forbidden" ? (
          <Notice text={t("editor.notFound")} />
        ) : (
          <LoadError onRetry={() => void event.refetch()} />
        );
    } else
      body = (
        <EventEditor
          key={event.data.id}
          event={event.data}
          exhibition={event.data.exhibition}
          exhibitorId={event.data.exhibitorId}
          organiser={organiser}
          onCreated={onCreated}
        />
      );
  } else if (overview.isPending) body = <PageLoading />;
  else if (overview.isError) body = <LoadError onRetry={() => void overview.refetch()} />;
  else
    body = (
      <EventEditor
        event={null}
        exhibition={overview.data}
        exhibitorId={exhibitorId}
        organiser={organiser}
        onCreated={onCreated}
      />
    );

  return (
    <>
      <Heading className={heading === "h1" ? "page-title" : "authoring-page__title"}>{title}</Heading>
      {body}
    </>
  );
}
