/** "Offer times": a day of the exhibition, from, to, the length and the host; says what was added. */
import {
  type ExhibitorMeetings,
  MEETING_LENGTHS,
  MEETING_WINDOW,
  type MeetingLength,
} from "@pavilion/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { SelectField } from "../../cabinet/forms/fields.tsx";
import { FieldShell, FormAlert } from "../../components/forms.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import { appErrorOf, formMessages, type Translate } from "../../lib/errors.ts";
import { dayIn, formatDay } from "../../programme/time.ts";
import { useTRPC } from "../../trpc.ts";
import { daysAhead } from "../slotDays.ts";

interface Props {
  exhibitorId: string;
  meetings: ExhibitorMeetings;
}

const fields = ["day", "from", "to", "minutes", "hostUserId"] as const;

export function AddSlotsForm({ exhibitorId, meetings }: Props) {
  const { t } = useTranslation("meetings");
  const locale = useLocale();
  const titleId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: me } = useSession();
  const days = useMemo(
    () => daysAhead(meetings.firstDay, meetings.lastDay, dayIn(new Date(), meetings.timezone)),
    [meetings.firstDay, meetings.lastDay, meetings.timezone],
  );
  const [day, setDay] = useState("");
  const [from, setFrom] = useState<string>(MEETING_WINDOW.from);
  const [to, setTo] = useState<string>(MEETING_WINDOW.to);
  const [minutes, setMinutes] = useState<MeetingLength>(30);
  const [host, setHost] = useState("");
  const add = useMutation(
    trpc.meetings.addSlots.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.meetings.slots.queryKey({ exhibitorId }) }),
    }),
  );
  const chosenDay = day || days[0] || "";
  const chosenHost = host || me?.id || "";
  const messages = formMessages(add.error ? appErrorOf(add.error) : null, t as unknown as Translate, fields);
  const result = add.data;

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ exhibitorId, day: chosenDay, from, to, minutes, hostUserId: chosenHost || undefined });
  }

  if (days.length === 0) return null;
  return (
    <form className="meeting-add" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 className="meeting-add__title" id={titleId}>
        {t("cabinet.add.title")}
      </h3>
      <FormAlert message={messages.form} />
      <div className="meeting-add__fields">
        <SelectField
          name="day"
          label={t("cabinet.add.day")}
          value={chosenDay}
          onChange={setDay}
          error={messages.fields.day}
          options={days.map((d) => ({ value: d, label: formatDay(d, locale) }))}
        />
        <TimeField
          name="from"
          label={t("cabinet.add.from")}
          value={from}
          onChange={setFrom}
          error={messages.fields.from}
        />
        <TimeField
          name="to"
          label={t("cabinet.add.to")}
          value={to}
          onChange={setTo}
          error={messages.fields.to}
        />
        <SelectField
          name="minutes"
          label={t("cabinet.add.minutes")}
          value={String(minutes)}
          onChange={(value) => setMinutes(Number(value) as MeetingLength)}
          error={messages.fields.minutes}
          options={MEETING_LENGTHS.map((m) => ({
            value: String(m),
            label: t("cabinet.add.minutesOption", { count: m }),
          }))}
        />
        <SelectField
          name="hostUserId"
          label={t("cabinet.add.host")}
          value={chosenHost}
          onChange={setHost}
          error={messages.fields.hostUserId}
          options={meetings.hosts.map((h) => ({
            value: h.userId,
            label: h.userId === me?.id ? t("cabinet.add.me", { name: h.name }) : h.name,
          }))}
        />
      </div>
      <div className="meeting-add__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={add.isPending}
          aria-busy={add.isPending || undefined}
        >
          {add.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {add.isPending ? t("cabinet.add.adding") : t("cabinet.add.submit")}
        </button>
        <p className="meeting-add__result" role="status">
          {result && !add.isPending
            ? [
                t("cabinet.add.created", { count: result.created }),
                result.skippedOverlapping > 0
                  ? t("cabinet.add.skippedOverlapping", { count: result.skippedOverlapping })
                  : "",
                result.skippedPast > 0 ? t("cabinet.add.skippedPast", { count: result.skippedPast }) : "",
              ]
                .filter(Boolean)
                .join(" ")
            : ""}
        </p>
      </div>
    </form>
  );
}

function TimeField({
  name,
  label,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <FieldShell label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="time"
          step={300}
          className="field__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          required
        />
      )}
    </FieldShell>
  );
}
