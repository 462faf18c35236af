/** /admin/moderation/:exhibitorId: an organiser reviews one booth and decides. */
import { exhibitorScope } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { NoAccessGate } from "../cabinet/Gate.tsx";
import { LoadError, PageLoading } from "../components/states.tsx";
import { httpStatusOf } from "../lib/errors.ts";
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
  const status = httpStatusOf(review.error);
  if (!valid || (review.isError && status !== undefined && status < 500)) {
    return (
      <NoAccessGate
        title={t("review.missingTitle")}
        text={t("review.missingText")}
        back={{ to: "/admin/moderation", label: t("review.back") }}
      />
    );
  }
  if (review.isError && !review.data) {
    return (
      <div className="container page">
        <LoadError onRetry={() => void review.refetch()} />
      </div>
    );
  }
  if (!review.data) return <PageLoading />;
  const entry = queue.data?.find((each) => each.exhibitorId === exhibitorId);
  return <ReviewView review={review.data} entry={entry} />;
}
