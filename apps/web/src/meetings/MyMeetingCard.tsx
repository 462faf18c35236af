/** The visitor's booked meeting at a booth: when, with whom, the topic, the agenda, and "cancel". */
import type { MyMeeting } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormAlert } from "../components/forms.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { appErrorOf, formMessages, type Translate } from "../lib/errors.ts";
import { dayIn, formatDay, formatTimeRange } from "../programme/time.ts";
import { useTRPC } from "../trpc.ts";

interface Props {
  meeting: MyMeeting;
  /** Booked a moment ago: say so. */
  justBooked: boolean;
  zone: string;
  onCancelled: () => void;
}

export function MyMeetingCard({ meeting, justBooked, zone, onCancelled }: Props) {
  const { t } = useTranslation("meetings");
  const locale = useLocale();
  const trpc = useTRPC();
  const cancel = useMutation(trpc.meetings.cancel.mutationOptions({ onSuccess: onCancelled }));
  const error = cancel.error
    ? formMessages(appErrorOf(cancel.error), t as unknown as Translate, []).form
    : null;
  return (
    <div className="meeting-mine" data-testid="my-meeting">
      <p className="meeting-mine__status" role="status">
        {justBooked ? t("mine.booked") : ""}
      </p>
      <h3 className="meeting-mine__title">{t("mine.title")}</h3>
      <p className="meeting-mine__when">
        {t("mine.when", {
          day: formatDay(dayIn(meeting.startsAt, zone), locale, true),
          time: formatTimeRange(meeting.startsAt, meeting.endsAt, locale, zone),
        })}
      </p>
      <p>{t("mine.host", { host: meeting.hostFirstName })}</p>
      {meeting.topic ? (
        <p className="meeting-mine__topic">{t("mine.topic", { topic: meeting.topic })}</p>
      ) : null}
      <FormAlert message={error} />
      <div className="meeting-mine__actions">
        <Link className="button button--secondary button--sm" to="/agenda">
          {t("mine.agenda")}
        </Link>
        <button
          type="button"
          className="button button--secondary button--sm meeting-danger"
          onClick={() => cancel.mutate({ slotId: meeting.slotId })}
          disabled={cancel.isPending}
          aria-busy={cancel.isPending || undefined}
        >
          {cancel.isPending ? t("mine.cancelling") : t("mine.cancel")}
        </button>
      </div>
    </div>
  );
}
