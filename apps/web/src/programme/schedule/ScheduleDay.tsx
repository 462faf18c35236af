/**
 * One day of the schedule: its time slots, each headed by its time (the viewer's, and the venue's
 * in small print when it differs), its parallel events side by side on wide screens.
 */
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/useLocale.ts";
import { eventWhen, formatTimeRange } from "../time.ts";
import { EventCard } from "./EventCard.tsx";
import type { TimeSlot } from "./slots.ts";

export function ScheduleDay({
  slots,
  now,
  viewerZone,
}: {
  slots: TimeSlot[];
  now: Date;
  viewerZone: string;
}) {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  return (
    <ol className="schedule-slots">
      {slots.map((slot) => {
        const first = slot.events[0];
        const own = first ? eventWhen({ ...slot, timezone: first.timezone }, locale, viewerZone).event : null;
        const slotTime = formatTimeRange(slot.startsAt, slot.endsAt, locale, viewerZone);
        return (
          <li className="schedule-slot" key={slot.startsAt}>
            <h3 className="schedule-slot__time">
              <time dateTime={slot.startsAt}>{slotTime}</time>
              {own ? (
                <small className="schedule-slot__own-time">
                  {t("card.eventTime", { day: own.day, time: own.time, zone: own.zone })}
                </small>
              ) : null}
              {slot.events.length > 1 ? (
                <span className="schedule-slot__parallel">
                  {t("schedule.parallel", { count: slot.events.length })}
                </span>
              ) : null}
            </h3>
            <ul className="schedule-slot__events">
              {slot.events.map((event) => (
                <li key={event.id}>
                  <EventCard
                    event={event}
                    now={now}
                    viewerZone={viewerZone}
                    showTime={event.endsAt !== slot.endsAt || event.timezone !== first?.timezone}
                  />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
