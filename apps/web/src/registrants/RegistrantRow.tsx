import type { Registrant } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useTRPC } from "../trpc.ts";
import { personName, rowState } from "./rowState.ts";
import { formatShortDateTime } from "./time.ts";

/** What a row asks the page to do: open a dialog, or report the outcome of an action done in place. */
export interface RowHandlers {
  reject: (registrant: Registrant) => void;
  cancel: (registrant: Registrant) => void;
  succeeded: (text: string, options?: { focusRow?: string }) => Promise<void>;
  failed: (error: unknown) => void;
}

const statusTag = {
  accepted: "tag--ok",
  pending: "tag--pending",
  rejected: "tag--danger",
  cancelled: "tag--muted",
} as const;

/** One registrant: who, how to reach them, where they stand, and what staff can do now. */
export function RegistrantRow({
  registrant,
  timezone,
  now,
  handlers,
}: {
  registrant: Registrant;
  timezone: string;
  /** The time the deadlines are compared with (one clock for the whole table). */
  now: Date;
  handlers: RowHandlers;
}) {
  const { t } = useTranslation("registrants");
  const locale = useLocale();
  const state = rowState(registrant, now);
  const name = personName(registrant, locale);
  const when = (iso: string) => formatShortDateTime(iso, locale, timezone);
  const column = (key: string) => t(`columns.${key}`);
  return (
    <tr data-testid="registrant" data-status={registrant.status}>
      <th scope="row" data-label={column("person")}>
        <span className="registrant__name" tabIndex={-1} data-registrant-name={registrant.id}>
          {name}
        </span>
        <span className="registrant__work">
          {[registrant.position, registrant.company].filter(Boolean).join(" · ")}
        </span>
      </th>
      <td data-label={column("contacts")} className="registrant__contacts">
        <a href={`mailto:${registrant.email}`}>{breakableEmail(registrant.email)}</a>
        <a href={`tel:${registrant.phone.replace(/[^\d+]/g, "")}`}>{registrant.phone}</a>
      </td>
      <td data-label={column("heardFrom")}>{pickText(registrant.heardFrom, locale)}</td>
      <td data-label={column("status")} className="registrant__status">
        <span className={`tag ${statusTag[registrant.status]}`}>{t(`status.${registrant.status}`)}</span>
        {registrant.status === "pending" && registrant.decisionDueAt ? (
          <span className="registrant__note">
            {t("row.decideBy", { time: when(registrant.decisionDueAt) })}
          </span>
        ) : null}
        {state.reject === "closed" ? (
          <span className="registrant__note registrant__note--warn">{t("row.acceptOnly")}</span>
        ) : null}
        {registrant.status === "rejected" && registrant.reason ? (
          <span className="registrant__note">{t("row.reason", { reason: registrant.reason })}</span>
        ) : null}
      </td>
      <td data-label={column("registered")}>
        <time className="data-table__nowrap" dateTime={registrant.createdAt}>
          {when(registrant.createdAt)}
        </time>
        {registrant.registeredBy ? (
          <span className="registrant__note">{t("row.byPhone", { name: registrant.registeredBy })}</span>
        ) : null}
      </td>
      <td data-label={column("attendance")}>
        <Attendance
          registrant={registrant}
          name={name}
          when={when}
          checkIn={state.checkIn}
          handlers={handlers}
        />
      </td>
      <td className="registrant__actions">
        <RowActions registrant={registrant} name={name} state={state} handlers={handlers} />
      </td>
    </tr>
  );
}

function Attendance({
  registrant,
  name,
  when,
  checkIn,
  handlers,
}: {
  registrant: Registrant;
  name: string;
  when: (iso: string) => string;
  checkIn: boolean;
  handlers: RowHandlers;
}) {
  const { t } = useTranslation("registrants");
  const trpc = useTRPC();
  const mark = useMutation(trpc.registration.checkIn.mutationOptions());
  // The box shows the click at once and keeps it until the reloaded list agrees (or the server refuses).
  const [wanted, setWanted] = useState<boolean | null>(null);
  const present = wanted ?? registrant.checkedInAt !== null;
  const toggle = () => {
    if (mark.isPending) return;
    const next = !present;
    setWanted(next);
    mark.mutate(
      { registrationId: registrant.id, present: next },
      {
        onSuccess: async () => {
          await handlers.succeeded(t(next ? "announce.arrived" : "announce.notArrived", { name }));
          setWanted(null);
        },
        onError: (error) => {
          setWanted(null);
          handlers.failed(error);
        },
      },
    );
  };
  const nothing = !checkIn && !registrant.attendedAt && !registrant.checkedInAt;
  return (
    <div className="registrant__attendance">
      {registrant.attendedAt ? (
        <span className="registrant__note">{t("row.joined", { time: when(registrant.attendedAt) })}</span>
      ) : null}
      {checkIn ? (
        <label className="registrant__arrived">
          <input
            type="checkbox"
            checked={present}
            onChange={toggle}
            aria-busy={mark.isPending || undefined}
            aria-label={t("row.arrivedLabel", { name })}
          />
          <span aria-hidden="true">{t("row.arrived")}</span>
        </label>
      ) : null}
      {registrant.checkedInAt ? (
        <span className="registrant__note">{t("row.checkedIn", { time: when(registrant.checkedInAt) })}</span>
      ) : null}
      {nothing ? <span className="data-table__muted">{t("row.notYet")}</span> : null}
    </div>
  );
}

function RowActions({
  registrant,
  name,
  state,
  handlers,
}: {
  registrant: Registrant;
  name: string;
  state: ReturnType<typeof rowState>;
  handlers: RowHandlers;
}) {
  const { t } = useTranslation("registrants");
  const trpc = useTRPC();
  const decide = useMutation(trpc.registration.decide.mutationOptions());
  if (!state.accept && !state.cancel) return null;
  const accept = () =>
    decide.mutate(
      { registrationId: registrant.id, decision: "accept" },
      {
        onSuccess: () =>
          void handlers.succeeded(t("announce.accepted", { name }), { focusRow: registrant.id }),
        onError: handlers.failed,
      },
    );
  return (
    <div className="registrant__buttons">
      {state.accept ? (
        <button
          type="button"
          className="button button--approve button--sm"
          onClick={accept}
          disabled={decide.isPending}
          aria-busy={decide.isPending || undefined}
          aria-label={t("actions.acceptLabel", { name })}
        >
          {decide.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {t("actions.accept")}
        </button>
      ) : null}
      {state.reject ? (
        <button
          type="button"
          className="button button--danger-outline button--sm"
          onClick={() => handlers.reject(registrant)}
          disabled={state.reject === "closed" || decide.isPending}
          aria-label={t("actions.rejectLabel", { name })}
        >
          {t("actions.reject")}
        </button>
      ) : null}
      {state.cancel ? (
        <button
          type="button"
          className="button button--ghost button--sm"
          onClick={() => handlers.cancel(registrant)}
          disabled={decide.isPending}
          aria-label={t("actions.cancelLabel", { name })}
        >
          {t("actions.cancel")}
        </button>
      ) : null}
    </div>
  );
}

/** An address that wraps after the "@" rather than inside the domain, when the column is narrow. */
function breakableEmail(email: string) {
  const at = email.lastIndexOf("@");
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
