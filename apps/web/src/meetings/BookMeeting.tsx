/**
 * "Book a meeting" at a booth: the free times by day (in the visitor's zone), a topic, the result
 * at once; the visitor's booked meeting with a way to cancel it; a sign-in link for guests.
 */
import { bookMeetingInput, type FreeMeetingSlot, MEETING_TOPIC_MAX_LENGTH } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { signInHref } from "../auth/next.ts";
import { useSession } from "../auth/session.ts";
import { TextAreaField } from "../cabinet/forms/fields.tsx";
import { FormAlert, SubmitButton } from "../components/forms.tsx";
import { LoadError } from "../components/states.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { appErrorOf, formMessages, type Translate } from "../lib/errors.ts";
import { formatTime, timeZoneLabel, visitorTimeZone } from "../lib/format.ts";
import { formatDay } from "../programme/time.ts";
import { useTRPC } from "../trpc.ts";
import { MyMeetingCard } from "./MyMeetingCard.tsx";
import { byDay } from "./slotDays.ts";
import "./meetings.css";

export function BookMeeting({ exhibitorId }: { exhibitorId: string }) {
  const { t } = useTranslation("meetings");
  const locale = useLocale();
  const titleId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: user } = useSession();
  const location = useLocation();
  const zone = useMemo(() => visitorTimeZone(), []);
  const key = trpc.meetings.freeSlots.queryKey({ exhibitorId });
  const free = useQuery(trpc.meetings.freeSlots.queryOptions({ exhibitorId }));
  const [day, setDay] = useState<string | null>(null);
  const [chosen, setChosen] = useState<FreeMeetingSlot | null>(null);
  const [topic, setTopic] = useState("");
  const [shareContacts, setShareContacts] = useState(false);
  const shareId = useId();
  const [justBooked, setJustBooked] = useState(false);
  const book = useMutation(
    trpc.meetings.book.mutationOptions({
      onSuccess: async () => {
        setJustBooked(true);
        setChosen(null);
        setTopic("");
        await queryClient.invalidateQueries({ queryKey: key });
        await queryClient.invalidateQueries({ queryKey: trpc.programme.myAgenda.queryKey() });
      },
      // A time someone else just took disappears from the list.
      onError: () => void queryClient.invalidateQueries({ queryKey: key }),
    }),
  );
  const days = useMemo(() => byDay(free.data?.days.flatMap((d) => d.slots) ?? [], zone), [free.data, zone]);
  const shownDay = days.find((d) => d.day === day) ?? days[0];
  const when = (slot: { startsAt: string }) => formatTime(slot.startsAt, locale, zone);
  const error = book.error ? formMessages(appErrorOf(book.error), t as unknown as Translate, []).form : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const input = bookMeetingInput.parse({
      slotId: chosen.id,
      topic: topic.trim() || undefined,
      shareContacts,
    });
    book.mutate(input);
  }

  let body: React.ReactNode;
  if (free.isError) body = <LoadError onRetry={() => void free.refetch()} />;
  else if (!free.data)
    body = (
      <p className="booth-muted" role="status">
        {t("book.loading")}
      </p>
    );
  else if (free.data.isTeam)
    body = (
      <>
        <p className="booth-muted">{t("book.team")}</p>
        <Link className="button button--secondary button--sm" to={`/cabinet/${exhibitorId}/live`}>
          {t("book.toCabinet")}
        </Link>
      </>
    );
  else if (free.data.mine)
    body = (
      <MyMeetingCard
        meeting={free.data.mine}
        justBooked={justBooked}
        zone={zone}
        onCancelled={() => {
          setJustBooked(false);
          book.reset();
          void queryClient.invalidateQueries({ queryKey: key });
        }}
      />
    );
  else if (days.length === 0 || !shownDay) body = <p className="booth-muted">{t("book.none")}</p>;
  else
    body = (
      <>
        <p className="booth-note">{t("book.lead")}</p>
        <p className="booth-note">{t("book.timeZone", { timeZone: timeZoneLabel(zone, locale) })}</p>
        <fieldset className="meeting-days">
          <legend className="visually-hidden">{t("book.daysLabel")}</legend>
          {days.map((d) => (
            <button
              key={d.day}
              type="button"
              className="meeting-chip"
              aria-pressed={d.day === shownDay.day}
              onClick={() => setDay(d.day)}
            >
              {formatDay(d.day, locale)}
            </button>
          ))}
        </fieldset>
        <fieldset className="meeting-slots">
          <legend className="visually-hidden">
            {t("book.slotsLabel", { day: formatDay(shownDay.day, locale, true) })}
          </legend>
          {shownDay.items.map((slot) => (
            <button
              key={slot.id}
              type="button"
              className="meeting-chip meeting-chip--slot"
              aria-pressed={chosen?.id === slot.id}
              aria-label={t("book.slotLabel", {
                day: formatDay(shownDay.day, locale, true),
                time: when(slot),
                host: slot.hostFirstName,
              })}
              data-testid="meeting-slot"
              onClick={() => {
                setChosen(slot);
                book.reset();
              }}
            >
              {t("book.slot", { time: when(slot), host: slot.hostFirstName })}
            </button>
          ))}
        </fieldset>
        <p className="meeting-chosen" aria-live="polite">
          {chosen
            ? t("book.chosen", {
                day: formatDay(shownDay.day, locale, true),
                time: when(chosen),
                host: chosen.hostFirstName,
              })
            : ""}
        </p>
        {chosen && !user ? (
          <div className="notice notice--info">
            <p>{t("book.signInLead")}</p>
            <Link className="button button--primary button--sm" to={signInHref(location.pathname)}>
              {t("book.signIn")}
            </Link>
          </div>
        ) : null}
        {chosen && user ? (
          <form className="meeting-form" onSubmit={submit} noValidate>
            <FormAlert message={error} />
            <TextAreaField
              name="topic"
              label={t("book.topic")}
              hint={t("book.topicHint", { max: MEETING_TOPIC_MAX_LENGTH })}
              value={topic}
              onChange={setTopic}
              maxLength={MEETING_TOPIC_MAX_LENGTH}
              rows={3}
            />
            <div className="meeting-share">
              <input
                id={shareId}
                type="checkbox"
                checked={shareContacts}
                onChange={(event) => setShareContacts(event.target.checked)}
              />
              <label htmlFor={shareId}>{t("book.shareContacts")}</label>
            </div>
            <SubmitButton pending={book.isPending} busyLabel={t("book.submitting")}>
              {t("book.submit")}
            </SubmitButton>
          </form>
        ) : null}
        {!chosen && error ? <FormAlert message={error} /> : null}
      </>
    );

  return (
    <section className="booth-section meeting-book" aria-labelledby={titleId} data-testid="book-meeting">
      <h2 className="booth-section__title" id={titleId}>
        {t("book.title")}
      </h2>
      {body}
    </section>
  );
}
