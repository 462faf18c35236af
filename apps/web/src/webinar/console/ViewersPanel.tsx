/** Who is watching, as hosts see it: the count, the signed-in names, and who is on stage. */
import type { Viewer } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { appErrorOf } from "../../lib/errors.ts";
import { useTRPC } from "../../trpc.ts";

/** How often the list is fetched again when nobody joins or leaves, in milliseconds. */
const POLL_MS = 5_000;

interface ViewersPanelProps {
  eventId: string;
  /** How many others are in the room now, as the room shows it: the list is fetched again when it changes. */
  roomSize: number;
  /** The role the event's hosts have in the room: "staff" at an exhibitor's webinar, "organiser" at the programme. */
  hostRole: Viewer["role"];
}

export function ViewersPanel({ eventId, roomSize, hostRole }: ViewersPanelProps) {
  const { t } = useTranslation("webinar");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const titleId = useId();
  const viewers = useQuery(trpc.webinar.viewers.queryOptions({ eventId }, { refetchInterval: POLL_MS }));
  const refetch = viewers.refetch;
  useEffect(() => {
    if (roomSize >= 0) void refetch();
  }, [roomSize, refetch]);

  const settled = () =>
    queryClient.invalidateQueries({ queryKey: trpc.webinar.viewers.queryKey({ eventId }) });
  const invite = useMutation(trpc.webinar.inviteToStage.mutationOptions({ onSettled: settled }));
  const sendBack = useMutation(trpc.webinar.removeFromStage.mutationOptions({ onSettled: settled }));
  const failure = invite.error ?? sendBack.error;

  const data = viewers.data;
  // The count leaves the hosts out and includes guests, whom the list does not name.
  const named = data ? data.viewers.filter((viewer) => viewer.role !== hostRole).length : 0;
  const guests = data ? Math.max(0, data.count - named) : 0;
  return (
    <section className="webinar-card webinar-viewers" aria-labelledby={titleId}>
      <div className="webinar-card__head">
        <h2 className="webinar-card__title" id={titleId}>
          {t("console.viewers.title")}
        </h2>
        {data ? (
          <span className="tag" data-testid="viewer-count">
            {t("console.viewers.count", { count: data.count })}
          </span>
        ) : null}
      </div>
      {viewers.isError && !data ? (
        <p className="webinar-card__text">{t("console.viewers.unavailable")}</p>
      ) : null}
      {data && guests > 0 ? (
        <p className="webinar-card__hint">{t("console.viewers.guests", { count: guests })}</p>
      ) : null}
      {data && data.viewers.length === 0 ? (
        <p className="webinar-card__text">{t("console.viewers.empty")}</p>
      ) : null}
      {data && data.viewers.length > 0 ? (
        <ul className="webinar-viewers__list" aria-labelledby={titleId}>
          {data.viewers.map((viewer) => (
            <ViewerRow
              key={viewer.identity}
              viewer={viewer}
              busy={invite.isPending || sendBack.isPending}
              onInvite={(userId) => invite.mutate({ eventId, userId })}
              onSendBack={(userId) => sendBack.mutate({ eventId, userId })}
            />
          ))}
        </ul>
      ) : null}
      {failure ? (
        <p className="field__error" role="alert">
          {t("console.viewers.failed", {
            reason: t(`errors:codes.${appErrorOf(failure).code}`, {
              defaultValue: t("errors:codes.internal"),
            }),
          })}
        </p>
      ) : null}
    </section>
  );
}

function ViewerRow({
  viewer,
  busy,
  onInvite,
  onSendBack,
}: {
  viewer: Viewer;
  busy: boolean;
  onInvite: (userId: string) => void;
  onSendBack: (userId: string) => void;
}) {
  const { t } = useTranslation("webinar");
  const name = viewer.name || t("console.viewers.unnamed");
  const userId = viewer.userId;
  return (
    <li className="webinar-viewers__item">
      <span className="webinar-viewers__name">{name}</span>
      {viewer.role === "visitor" ? null : (
        <span className="tag tag--muted">{t(`console.viewers.roles.${viewer.role}`)}</span>
      )}
      {viewer.onStage ? <span className="tag tag--live">{t("console.viewers.onStage")}</span> : null}
      {viewer.role === "visitor" && userId ? (
        viewer.onStage ? (
          <button
            type="button"
            className="button button--secondary button--sm"
            aria-label={t("console.viewers.sendBackLabel", { name })}
            disabled={busy}
            onClick={() => onSendBack(userId)}
          >
            {t("console.viewers.sendBack")}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary button--sm"
            aria-label={t("console.viewers.inviteLabel", { name })}
            disabled={busy}
            onClick={() => onInvite(userId)}
          >
            {t("console.viewers.invite")}
          </button>
        )
      ) : null}
    </li>
  );
}
