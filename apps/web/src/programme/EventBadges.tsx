/** The small marks on an event: the caller's registration status, live now, seats left, cancelled. */
import type { RegistrationStatus, ScheduleEvent } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { isLive } from "../lib/format.ts";
import "./programme.css";

const statusTone: Record<RegistrationStatus, string> = {
  accepted: "tag--ok",
  pending: "programme-tag--pending",
  rejected: "programme-tag--danger",
  cancelled: "tag--muted",
};

/** "You are registered", "Awaiting approval", … */
export function StatusBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation("programme");
  return (
    <span className={`tag ${statusTone[status]}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

/** Cancelled, live now, and no seats left or how many are left. */
export function AvailabilityBadges({
  event,
  now,
}: {
  event: Pick<ScheduleEvent, "status" | "startsAt" | "endsAt" | "seatsLeft">;
  now: Date;
}) {
  const { t } = useTranslation("programme");
  if (event.status === "cancelled")
    return <span className="tag programme-tag--danger">{t("card.cancelled")}</span>;
  const live = isLive(event.startsAt, event.endsAt, now);
  const over = Date.parse(event.endsAt) <= now.getTime();
  return (
    <>
      {live ? <span className="tag tag--live">{t("card.liveNow")}</span> : null}
      {!over && event.seatsLeft === 0 ? (
        <span className="tag programme-tag--danger">{t("card.noSeats")}</span>
      ) : null}
      {!over && !live && event.seatsLeft !== null && event.seatsLeft > 0 ? (
        <span className="tag tag--muted">{t("card.seatsLeft", { count: event.seatsLeft })}</span>
      ) : null}
    </>
  );
}
