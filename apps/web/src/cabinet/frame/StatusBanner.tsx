import type { CabinetOverview } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "../../components/Icon.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import type { Translate } from "../../lib/errors.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useTRPC } from "../../trpc.ts";
import { errorMessage } from "../forms/messages.ts";
import { statusView } from "../status.ts";
import { useApplyDraft } from "../useCabinet.ts";

const icons: Record<string, IconName> = {
  draft: "layers",
  submitted: "clock",
  approved: "check",
  rejected: "alert",
};

/**
 * Always above the cabinet's tabs: where the draft stands with the organisers, the
 * organiser's reason after a rejection, and "Submit for review" when there is something to send.
 */
export function StatusBanner({ overview }: { overview: CabinetOverview }) {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  const trpc = useTRPC();
  const applyDraft = useApplyDraft(overview.exhibitorId);
  const submit = useMutation(trpc.cabinet.submit.mutationOptions({ onSuccess: applyDraft }));
  const { draft, pendingMaterials, liveStatus } = overview;
  const view = statusView(draft, pendingMaterials);
  const live = liveStatus === "approved";
  // A draft of a booth already on the floor is "changes", not "a booth nobody sees".
  const wording = view.status === "draft" && live ? "draftLive" : view.status;
  const when = draft.status === "submitted" ? draft.submittedAt : draft.decidedAt;
  const time = when ? formatDateTime(when, locale) : "";

  return (
    <section className={`status-banner status-banner--${view.status}`} aria-labelledby="status-title">
      <span className="status-banner__icon" aria-hidden="true">
        <Icon name={icons[view.status] ?? "layers"} size={22} />
      </span>
      <div className="status-banner__body">
        <h2 className="status-banner__title" id="status-title">
          {t(`status.title.${wording}`)}
        </h2>
        {view.status === "draft" || time ? (
          <p className="status-banner__text">{t(`status.text.${wording}`, { time })}</p>
        ) : null}
        {view.status === "rejected" && draft.rejectionReason ? (
          <blockquote className="status-banner__reason">{draft.rejectionReason}</blockquote>
        ) : null}
        {view.status === "rejected" ? (
          <p className="status-banner__text">{t("status.rejectedNext")}</p>
        ) : null}
        {(view.status === "submitted" || view.status === "rejected") && live ? (
          <p className="status-banner__text">{t("status.liveMeanwhile")}</p>
        ) : null}
        {view.unsubmitted && view.status === "approved" ? (
          <p className="status-banner__text status-banner__strong">{t("status.unsubmitted")}</p>
        ) : null}
        {pendingMaterials > 0 ? (
          <p className="status-banner__text">{t("status.pendingMaterials", { count: pendingMaterials })}</p>
        ) : null}
        {submit.isError ? (
          <p className="field__error" role="alert">
            <Icon name="alert" size={16} />
            <span>{errorMessage(submit.error, t as unknown as Translate)}</span>
          </p>
        ) : null}
      </div>
      <div className="status-banner__action">
        {view.canSubmit ? (
          <button
            type="button"
            className="button button--accent"
            onClick={() => submit.mutate({ exhibitorId: overview.exhibitorId })}
            disabled={submit.isPending}
            aria-busy={submit.isPending || undefined}
          >
            {submit.isPending ? (
              <span className="spinner" aria-hidden="true" />
            ) : (
              <Icon name="check" size={18} />
            )}
            {t("status.submit")}
          </button>
        ) : null}
        <span className="visually-hidden" role="status">
          {submit.isPending ? t("status.busy") : submit.isSuccess ? t("status.submitted") : ""}
        </span>
      </div>
    </section>
  );
}
