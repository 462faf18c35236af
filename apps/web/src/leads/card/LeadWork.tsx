import { LEAD_STATUSES, type LeadCard, type LeadStatus } from "@pavilion/schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../cabinet/forms/messages.ts";
import type { Translate } from "../../lib/errors.ts";
import { useTRPC } from "../../trpc.ts";

/** The lead's status and the team member it is assigned to; each change saves at once. */
export function LeadWork({
  card,
  exhibitorId,
  onSaved,
}: {
  card: LeadCard;
  exhibitorId: string;
  onSaved: (card: LeadCard) => void;
}) {
  const { t } = useTranslation("leads");
  const trpc = useTRPC();
  const statusId = useId();
  const assigneeId = useId();
  const [announcement, setAnnouncement] = useState("");
  const team = useQuery(trpc.cabinet.team.queryOptions({ exhibitorId }));
  const update = useMutation(
    trpc.leads.update.mutationOptions({
      onSuccess: (next) => {
        onSaved(next);
        setAnnouncement(t("card.saved"));
      },
    }),
  );
  const members = team.data?.members ?? [];
  // The assignee may have left the team: keep them choosable so the select shows the truth.
  const options =
    card.assignee && !members.some((member) => member.userId === card.assignee?.id)
      ? [...members, { userId: card.assignee.id, name: card.assignee.name }]
      : members;

  const save = (change: { status?: LeadStatus; assigneeId?: string | null }) => {
    setAnnouncement("");
    update.mutate({ exhibitorId, leadId: card.id, ...change });
  };

  return (
    <section className="lead-card__section" aria-labelledby="lead-work-title">
      <h3 className="panel__subtitle" id="lead-work-title">
        {t("card.work")}
      </h3>
      <div className="lead-work">
        <div className="field">
          <label className="field__label" htmlFor={statusId}>
            {t("card.status")}
          </label>
          <select
            id={statusId}
            className="field__input field__select"
            value={card.status}
            disabled={update.isPending}
            onChange={(event) => {
              const status = LEAD_STATUSES.find((each) => each === event.target.value);
              if (status) save({ status });
            }}
          >
            {LEAD_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={assigneeId}>
            {t("card.assignee")}
          </label>
          <select
            id={assigneeId}
            className="field__input field__select"
            value={card.assignee?.id ?? ""}
            disabled={update.isPending || !team.data}
            onChange={(event) => save({ assigneeId: event.target.value || null })}
          >
            <option value="">{t("card.nobody")}</option>
            {options.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {update.error ? (
        <p className="field__error" role="alert">
          {errorMessage(update.error, t as unknown as Translate)}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
