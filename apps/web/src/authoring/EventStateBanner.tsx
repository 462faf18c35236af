/** Where the event stands, in words, with the organisers' note when they sent it back. */
import type { AuthoredEvent } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { standingOf } from "./eventState.ts";

/** The short tag used in lists. */
export function StateTag({ event }: { event: Pick<AuthoredEvent, "state" | "reviewNote" | "revision"> }) {
  const { t } = useTranslation("authoring");
  const standing = standingOf(event);
  return (
    <span className={`tag authoring-tag authoring-tag--${standing.tone}`} data-state={standing.key}>
      {t(`states.${standing.key}.tag`)}
    </span>
  );
}

/** The editor's banner: the state, what it means, and the note. */
export function EventStateBanner({
  event,
}: {
  event: Pick<AuthoredEvent, "state" | "reviewNote" | "revision">;
}) {
  const { t } = useTranslation("authoring");
  const standing = standingOf(event);
  return (
    <div className={`authoring-state authoring-state--${standing.tone}`} data-testid="event-state">
      <p className="authoring-state__line">
        <StateTag event={event} />
        <span>{t(`states.${standing.key}.text`)}</span>
      </p>
      {standing.note ? (
        <blockquote className="authoring-state__note">
          <span className="authoring-state__note-label">{t("states.note")}</span> {standing.note}
        </blockquote>
      ) : null}
    </div>
  );
}
