import type { LeadCard } from "@pavilion/schema";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../cabinet/Dialog.tsx";
import { LoadError, PageLoading } from "../../components/states.tsx";
import { httpStatusOf } from "../../lib/errors.ts";
import { useTRPC } from "../../trpc.ts";
import { LeadContacts } from "./LeadContacts.tsx";
import { LeadNotes } from "./LeadNotes.tsx";
import { LeadTimeline } from "./LeadTimeline.tsx";
import { LeadWork } from "./LeadWork.tsx";
import { WarmthExplanation } from "./WarmthExplanation.tsx";
import "./card.css";

/**
 * A lead's card as a modal over the table (its own address, /leads/:leadId): Escape or the
 * close button goes back to the table as it was, and focus returns to the row's link.
 */
export function LeadCardDialog({
  exhibitorId,
  leadId,
  onClose,
}: {
  exhibitorId: string;
  leadId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation("leads");
  const trpc = useTRPC();
  const card = useQuery(trpc.leads.card.queryOptions({ exhibitorId, leadId }, { staleTime: 0 }));
  const apply = useApplyCard(exhibitorId, leadId);
  const name = card.data ? displayName(card.data, t("list.noConsent")) : "";
  const missing = card.isError && [403, 404].includes(httpStatusOf(card.error) ?? 0);

  return (
    <Dialog open title={name ? t("card.title", { name }) : t("tab")} onClose={onClose} size="large">
      {card.data ? (
        <div className="lead-card" data-testid="lead-card">
          <div className="lead-card__column">
            <LeadContacts card={card.data} />
            <LeadWork card={card.data} exhibitorId={exhibitorId} onSaved={apply} />
            <LeadNotes card={card.data} exhibitorId={exhibitorId} onSaved={apply} />
          </div>
          <div className="lead-card__column">
            <WarmthExplanation card={card.data} />
            <LeadTimeline items={card.data.timeline} />
          </div>
        </div>
      ) : missing ? (
        <p className="notice notice--info">{t("card.notFound")}</p>
      ) : card.isError ? (
        <LoadError onRetry={() => void card.refetch()} />
      ) : (
        <PageLoading />
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("card.close")}
        </button>
      </div>
    </Dialog>
  );
}

/** The visitor's name, or the no-consent wording. */
export function displayName(card: Pick<LeadCard, "visitor">, withoutConsent: string): string {
  return card.visitor.consent ? (card.visitor.name ?? "—") : withoutConsent;
}

/** Puts the card a mutation returned in place and refreshes the table and the conversion it changes. */
function useApplyCard(exhibitorId: string, leadId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (next: LeadCard) => {
      queryClient.setQueryData(trpc.leads.card.queryKey({ exhibitorId, leadId }), next);
      void queryClient.invalidateQueries({ queryKey: trpc.leads.list.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.leads.conversion.pathKey() });
    },
    [exhibitorId, leadId, queryClient, trpc],
  );
}
