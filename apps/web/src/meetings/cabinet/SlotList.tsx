/** The offered times by day (in the exhibition's zone): free ones to remove, booked ones with the visitor. */
import type { ExhibitorMeetings, MeetingSlot } from "@pavilion/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { FormAlert } from "../../components/forms.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import { appErrorOf, formMessages, type Translate } from "../../lib/errors.ts";
import { formatDay, formatTimeRange } from "../../programme/time.ts";
import { useTRPC } from "../../trpc.ts";
import { byDay } from "../slotDays.ts";

interface Props {
  exhibitorId: string;
  meetings: ExhibitorMeetings;
}

export function SlotList({ exhibitorId, meetings }: Props) {
  const { t } = useTranslation("meetings");
  const locale = useLocale();
  const titleId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: me } = useSession();
  const [onlyMine, setOnlyMine] = useState(false);
  const [done, setDone] = useState("");
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.meetings.slots.queryKey({ exhibitorId }) });
  const remove = useMutation(
    trpc.meetings.removeSlot.mutationOptions({
      onSuccess: async () => {
        setDone(t("cabinet.list.removed"));
        await refresh();
      },
    }),
  );
  const cancel = useMutation(
    trpc.meetings.cancel.mutationOptions({
      onSuccess: async () => {
        setDone(t("cabinet.list.cancelled"));
        await refresh();
      },
    }),
  );
  const failed = remove.error ?? cancel.error;
  const error = failed ? formMessages(appErrorOf(failed), t as unknown as Translate, []).form : null;
  const shown = useMemo(
    () => (onlyMine ? meetings.slots.filter((s) => s.booking && s.hostUserId === me?.id) : meetings.slots),
    [meetings.slots, onlyMine, me?.id],
  );
  const booked = meetings.slots.filter((s) => s.booking).length;
  const zone = meetings.timezone;
  const busy = remove.isPending || cancel.isPending;

  return (
    <section className="meeting-list" aria-labelledby={titleId}>
      <div className="meeting-list__head">
        <h3 className="meeting-add__title" id={titleId}>
          {t("cabinet.list.title")}
        </h3>
        <span className="meeting-list__summary">
          {t("cabinet.list.summary", { booked, total: meetings.slots.length })}
        </span>
        <label className="meeting-list__filter">
          <input type="checkbox" checked={onlyMine} onChange={(event) => setOnlyMine(event.target.checked)} />
          {t("cabinet.list.onlyMine")}
        </label>
      </div>
      <FormAlert message={error} />
      <p className="visually-hidden" role="status">
        {done}
      </p>
      {shown.length === 0 ? (
        <p className="empty-note">{onlyMine ? t("cabinet.list.noneMine") : t("cabinet.list.empty")}</p>
      ) : (
        byDay(shown, zone).map(({ day, items }) => (
          <div key={day} className="meeting-day">
            <h4 className="meeting-day__title">{formatDay(day, locale, true)}</h4>
            <ul className="meeting-rows">
              {items.map((slot) => (
                <SlotRow
                  key={slot.id}
                  slot={slot}
                  time={formatTimeRange(slot.startsAt, slot.endsAt, locale, zone)}
                  busy={busy}
                  onRemove={() => {
                    setDone("");
                    cancel.reset();
                    remove.mutate({ exhibitorId, slotId: slot.id });
                  }}
                  onCancel={() => {
                    setDone("");
                    remove.reset();
                    cancel.mutate({ slotId: slot.id });
                  }}
                />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function SlotRow({
  slot,
  time,
  busy,
  onRemove,
  onCancel,
}: {
  slot: MeetingSlot;
  time: string;
  busy: boolean;
  onRemove: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("meetings");
  const { booking } = slot;
  return (
    <li className="meeting-row" data-booked={booking ? "" : undefined} data-testid="meeting-row">
      <div className="meeting-row__time">
        <strong>{time}</strong>
        <span className={booking ? "tag tag--meeting" : "tag tag--muted"}>
          {booking ? t("cabinet.list.booked") : t("cabinet.list.free")}
        </span>
      </div>
      <div className="meeting-row__body">
        <p className="meeting-row__host">{t("cabinet.list.host", { name: slot.hostName })}</p>
        {booking ? (
          <>
            <p className="meeting-row__visitor">
              <strong>{booking.visitor.name}</strong>
              {[booking.visitor.position, booking.visitor.company].filter(Boolean).length > 0
                ? ` — ${[booking.visitor.position, booking.visitor.company].filter(Boolean).join(", ")}`
                : null}
            </p>
            <p className="meeting-row__topic">
              {booking.topic ? t("cabinet.list.topic", { topic: booking.topic }) : t("cabinet.list.noTopic")}
            </p>
            <p className="meeting-row__contacts">
              <a href={`mailto:${booking.visitor.email}`}>{booking.visitor.email}</a>
              {booking.visitor.phone ? (
                <a href={`tel:${booking.visitor.phone.replace(/[^\d+]/g, "")}`}>{booking.visitor.phone}</a>
              ) : null}
            </p>
          </>
        ) : null}
      </div>
      <div className="meeting-row__actions">
        {booking ? (
          <button
            type="button"
            className="button button--secondary button--sm meeting-danger"
            aria-label={t("cabinet.list.cancelLabel", { visitor: booking.visitor.name, time })}
            onClick={onCancel}
            disabled={busy}
          >
            {t("cabinet.list.cancel")}
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary button--sm"
            aria-label={t("cabinet.list.removeLabel", { time })}
            onClick={onRemove}
            disabled={busy}
          >
            {t("cabinet.list.remove")}
          </button>
        )}
      </div>
    </li>
  );
}
