import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../trpc.ts";

/** "Registrants (N)": the way from a webinar in the cabinet to its registrant list; N counts accepted and waiting. */
export function WebinarRegistrantsLink({ eventId, title }: { eventId: string; title: string }) {
  const { t } = useTranslation("registrants");
  const trpc = useTRPC();
  const list = useQuery(trpc.registration.registrants.queryOptions({ eventId }, { staleTime: 30_000 }));
  const count = list.data?.turnout.registered;
  return (
    <Link
      className="button button--sm button--secondary"
      to={`/events/${eventId}/registrants`}
      aria-label={count === undefined ? undefined : t("cabinetLinkLabel", { title, count })}
      data-testid="webinar-registrants-link"
    >
      {count === undefined ? t("title") : t("cabinetLink", { count })}
    </Link>
  );
}
