/** /admin/moderation/:exhibitorId: an organiser reviews one booth and decides. */
import { exhibitorScope } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ExhibitorQueryGate } from "../cabinet/Gate.tsx";
import { ReviewView } from "../moderation/ReviewView.tsx";
import { useOrganiserGate } from "../moderation/useOrganiserGate.tsx";
import { useTRPC } from "../trpc.ts";
import "../cabinet/cabinet.css";
import "../moderation/moderation.css";

export function ModerationReviewPage() {
  const { t } = useTranslation("moderation");
  const { exhibitorId = "" } = useParams();
  const valid = exhibitorScope.safeParse({ exhibitorId }).success;
  const trpc = useTRPC();
  const { organiser, gate } = useOrganiserGate();
  const enabled = organiser && valid;
  const review = useQuery(trpc.moderation.review.queryOptions({ exhibitorId }, { enabled, staleTime: 0 }));
  const queue = useQuery(trpc.moderation.queue.queryOptions(undefined, { enabled: organiser }));

  if (gate) return gate;
  const refused = {
    title: t("review.missingTitle"),
    text: t("review.missingText"),
    back: { to: "/admin/moderation", label: t("review.back") },
  };
  const entry = queue.data?.find((each) => each.exhibitorId === exhibitorId);
  return (
    <ExhibitorQueryGate valid={valid} query={review} refused={refused}>
      {(data) => <ReviewView review={data} entry={entry} />}
    </ExhibitorQueryGate>
  );
}
