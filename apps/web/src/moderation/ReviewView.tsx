import type { ModerationQueue, ModerationReview } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { BoothView } from "../booth/BoothView.tsx";
import { PreviewFrame } from "../cabinet/preview/PreviewFrame.tsx";
import { BackLink } from "../components/BackLink.tsx";
import { Notice } from "../components/states.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateTime } from "../lib/format.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { DecisionPanel } from "./DecisionPanel.tsx";
import { PendingMaterials } from "./PendingMaterials.tsx";

/**
 * One booth's review: what is asked, the decision, the waiting materials, and the
 * booth as it would be beside the booth as it is.
 */
export function ReviewView({
  review,
  entry,
}: {
  review: ModerationReview;
  /** The booth's line in the queue, for the size it has now; absent once decided. */
  entry: ModerationQueue[number] | undefined;
}) {
  const { t } = useTranslation("moderation");
  const locale = useLocale();
  const { draft } = review;
  const name = pickText(draft.profile.name, locale) || "—";
  const waiting = draft.status === "submitted";
  const requested = t(`sizes.${draft.profile.boothSize}`);
  const current = entry?.currentSize ?? null;

  return (
    <div className="container page moderation review">
      <BackLink to="/admin/moderation" label={t("review.back")} />
      <header className="review__head">
        <h1 className="page-title">{name}</h1>
        <p className="review__meta">
          {draft.submittedAt ? (
            <span>{t("review.submitted", { time: formatDateTime(draft.submittedAt, locale) })}</span>
          ) : null}
          <span className={review.live ? "tag" : "tag tag--pending"}>
            {t(review.live ? "queue.update" : "queue.firstVersion")}
          </span>
        </p>
        <p className="review__size">
          {current && current !== draft.profile.boothSize
            ? t("review.sizeChange", { requested, current: t(`sizes.${current}`) })
            : t("review.sizeRequest", { requested })}
        </p>
      </header>
      <div className="review__top">
        {waiting ? (
          <DecisionPanel exhibitorId={review.exhibitorId} name={name} />
        ) : (
          <Notice text={t("review.notWaiting")} />
        )}
        <PendingMaterials materials={review.pendingMaterials} />
      </div>
      {review.live ? (
        <div className="review__compare">
          <PreviewFrame ribbon={t("review.proposed")} lead={t("review.proposedLead")}>
            <BoothView booth={review.preview} mode="preview" />
          </PreviewFrame>
          <PreviewFrame ribbon={t("review.live")} lead={t("review.liveLead")} tone="live">
            <BoothView booth={review.live} mode="preview" />
          </PreviewFrame>
        </div>
      ) : (
        // Nothing to compare with: the proposed booth takes the whole width.
        <PreviewFrame
          ribbon={t("review.proposed")}
          lead={`${t("review.proposedLead")} ${t("review.notLive")}`}
        >
          <BoothView booth={review.preview} mode="preview" />
        </PreviewFrame>
      )}
      <ReviewTitle name={name} />
    </div>
  );
}

/** BoothView names the browser tab after the booth; rendered after it, this names it after the review. */
function ReviewTitle({ name }: { name: string }) {
  const { t } = useTranslation("moderation");
  useDocumentTitle(`${t("queue.title")} — ${name}`);
  return null;
}
