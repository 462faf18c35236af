/** /events/:eventId/registrants: an event's registrants for its hosts and organisers. */
import { idSchema } from "@pavilion/schema";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { useSession } from "../auth/session.ts";
import { ExhibitorQueryGate, SignInGate } from "../cabinet/Gate.tsx";
import { PageLoading } from "../components/states.tsx";
import { queryInput, type RegistrantFilters, readFilters, writeFilters } from "../registrants/filters.ts";
import { RegistrantsView } from "../registrants/RegistrantsView.tsx";
import { useTRPC } from "../trpc.ts";
import "../cabinet/cabinet.css";
import "../registrants/registrants.css";

/** An event's registrants for its staff and organisers: decisions, check-in, turnout, exports, phone registration. */
export function RegistrantsPage() {
  const { t } = useTranslation("registrants");
  const { eventId = "" } = useParams();
  const valid = idSchema.safeParse(eventId).success;
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const session = useSession();
  const trpc = useTRPC();
  const registrants = useQuery(
    trpc.registration.registrants.queryOptions(queryInput(eventId, filters), {
      enabled: valid && Boolean(session.data),
      // Keeps the list on screen while a new filter loads, so the table does not flash empty.
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  );

  if (session.isPending) return <PageLoading />;
  if (!session.data) return <SignInGate title={t("gate.signInTitle")} text={t("gate.signInText")} />;

  const changeFilters = (next: RegistrantFilters, replace = false) =>
    setParams((current) => writeFilters(current, next), { replace });

  return (
    <ExhibitorQueryGate
      valid={valid}
      query={registrants}
      refused={{
        title: t("gate.noAccessTitle"),
        text: t("gate.noAccessText"),
        back: { to: "/programme", label: t("gate.back") },
      }}
    >
      {(data) => (
        <RegistrantsView
          data={data}
          filters={filters}
          onFilters={changeFilters}
          updating={registrants.isPlaceholderData}
        />
      )}
    </ExhibitorQueryGate>
  );
}
