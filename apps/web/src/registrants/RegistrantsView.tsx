import type { Registrant, Registrants } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../cabinet/Dialog.tsx";
import { Icon } from "../components/Icon.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import { EventSummary } from "./EventSummary.tsx";
import type { RegistrantFilters } from "./filters.ts";
import { PhoneRegistration } from "./PhoneRegistration.tsx";
import { RegistrantFiltersBar } from "./RegistrantFiltersBar.tsx";
import { RegistrantsTable } from "./RegistrantsTable.tsx";
import { RejectDialog } from "./RejectDialog.tsx";
import { personName } from "./rowState.ts";
import { TurnoutPanel } from "./TurnoutPanel.tsx";
import { type Feedback, useFeedback } from "./useFeedback.ts";

/** The registrants page once its data is in: the event, its turnout, exports, filters and the list. */
export function RegistrantsView({
  data,
  filters,
  onFilters,
  updating,
}: {
  data: Registrants;
  filters: RegistrantFilters;
  onFilters: (next: RegistrantFilters, replace?: boolean) => void;
  /** The list shown is the previous filter's while the new one loads. */
  updating: boolean;
}) {
  const { t } = useTranslation("registrants");
  const locale = useLocale();
  const title = pickText(data.event.title, locale);
  useDocumentTitle(t("documentTitle", { title }));
  const { feedback, feedbackRef, succeeded, failed } = useFeedback();
  const [rejecting, setRejecting] = useState<Registrant | null>(null);
  const [cancelling, setCancelling] = useState<Registrant | null>(null);
  const handlers = { reject: setRejecting, cancel: setCancelling, succeeded, failed };
  const filtered = filters.status !== "all" || filters.search.trim() !== "";

  return (
    <div className="container page registrants">
      <EventSummary event={data.event} registered={data.turnout.registered} />
      <div className="registrants__top">
        <TurnoutPanel turnout={data.turnout} />
        <section className="panel registrants__tools" aria-label={t("exports.label")}>
          <ExportLinks exports={data.exports} />
          <PhoneRegistration eventId={data.event.id} onDone={(text) => void succeeded(text)} />
        </section>
      </div>
      <RegistrantFiltersBar filters={filters} turnout={data.turnout} onFilters={onFilters} />
      <FeedbackLine feedback={feedback} ref={feedbackRef} />
      <p className="registrants__count" aria-live="polite">
        {updating ? t("list.updating") : t("list.shown", { count: data.registrants.length })}
      </p>
      {data.registrants.length === 0 ? (
        <EmptyList filtered={filtered} onShowAll={() => onFilters({ status: "all", search: "" })} />
      ) : (
        <RegistrantsTable
          registrants={data.registrants}
          timezone={data.event.timezone}
          label={t("list.label", { title })}
          handlers={handlers}
        />
      )}
      <RejectDialog
        registrant={rejecting}
        timezone={data.event.timezone}
        onClose={() => setRejecting(null)}
        onRejected={(registrant) =>
          succeeded(t("announce.rejected", { name: personName(registrant, locale) }), {
            focusRow: registrant.id,
          })
        }
      />
      <CancelDialog registrant={cancelling} onClose={() => setCancelling(null)} succeeded={succeeded} />
    </div>
  );
}

/** Plain links: the server checks the session and sends the file. */
function ExportLinks({ exports }: { exports: Registrants["exports"] }) {
  const { t } = useTranslation("registrants");
  return (
    <div className="registrants__exports">
      <span className="registrants__exports-label">{t("exports.label")}:</span>
      <a
        className="button button--secondary button--sm"
        href={exports.xlsx}
        download
        aria-label={t("exports.xlsxLabel")}
      >
        {t("exports.xlsx")}
      </a>
      <a
        className="button button--secondary button--sm"
        href={exports.csv}
        download
        aria-label={t("exports.csvLabel")}
      >
        {t("exports.csv")}
      </a>
    </div>
  );
}

/** Always in the page, so what it says is announced; focusable for when the acted-on row is gone. */
function FeedbackLine({ feedback, ref }: { feedback: Feedback | null; ref: React.Ref<HTMLDivElement> }) {
  return (
    <div className="registrants__feedback" aria-live="polite" tabIndex={-1} ref={ref}>
      {feedback ? (
        <div
          className={`notice ${feedback.tone === "success" ? "notice--success" : "notice--error"}`}
          role={feedback.tone === "error" ? "alert" : undefined}
        >
          <Icon name={feedback.tone === "success" ? "check" : "alert"} />
          <p>{feedback.text}</p>
        </div>
      ) : null}
    </div>
  );
}

function EmptyList({ filtered, onShowAll }: { filtered: boolean; onShowAll: () => void }): ReactNode {
  const { t } = useTranslation("registrants");
  if (!filtered) return <p className="empty-note">{t("list.empty")}</p>;
  return (
    <div className="empty-note registrants__empty">
      <p>{t("list.emptyFiltered")}</p>
      <button type="button" className="button button--secondary button--sm" onClick={onShowAll}>
        {t("list.showAll")}
      </button>
    </div>
  );
}

function CancelDialog({
  registrant,
  onClose,
  succeeded,
}: {
  registrant: Registrant | null;
  onClose: () => void;
  succeeded: ReturnType<typeof useFeedback>["succeeded"];
}) {
  const { t } = useTranslation("registrants");
  const locale = useLocale();
  const trpc = useTRPC();
  const cancel = useMutation(trpc.registration.cancel.mutationOptions());
  const name = registrant ? personName(registrant, locale) : "";
  const close = () => {
    cancel.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={registrant !== null}
      title={t("cancelDialog.title", { name })}
      text={t("cancelDialog.text")}
      confirmLabel={t("cancelDialog.confirm")}
      action={cancel}
      onClose={close}
      onConfirm={() => {
        if (!registrant) return;
        cancel.mutate(
          { registrationId: registrant.id },
          {
            onSuccess: async () => {
              await succeeded(t("announce.cancelled", { name }), { focusRow: registrant.id });
              close();
            },
          },
        );
      }}
    />
  );
}
