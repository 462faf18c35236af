/** What the registration box says instead of the form: the caller's result, or why the form is closed. */
import type { MyRegistration, RegistrationClosedReason } from "@pavilion/schema";
import type { ReactNode, Ref } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateTime } from "../../lib/format.ts";

/** Accepted, pending (with the decision's deadline) or rejected (with the reason). */
export function RegistrationResult({
  registration,
  actions,
  headingRef,
}: {
  registration: MyRegistration;
  actions?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  const email = registration.form.email;
  const status = registration.status;
  const tone = status === "accepted" ? "success" : status === "rejected" ? "error" : "info";
  let text: string;
  switch (status) {
    case "accepted":
      text = t("registration.result.acceptedText", { email });
      break;
    case "pending":
      text = registration.decisionDueAt
        ? t("registration.result.pendingText", {
            email,
            date: formatDateTime(registration.decisionDueAt, locale),
          })
        : t("registration.result.pendingTextNoDate", { email });
      break;
    case "rejected":
      text = registration.reason
        ? t("registration.result.rejectedReason", { reason: registration.reason })
        : t("registration.result.rejectedNoReason");
      break;
    case "cancelled":
      text = t("registration.result.cancelled");
      break;
    default: {
      const never: never = status;
      text = never;
    }
  }
  return (
    <div className={`registration__outcome registration__outcome--${tone}`} data-status={status}>
      <Icon name={status === "accepted" ? "check" : status === "pending" ? "clock" : "alert"} size={24} />
      <div>
        <h3 className="registration__outcome-title" tabIndex={-1} ref={headingRef}>
          {status === "cancelled" ? t("status.cancelled") : t(`registration.result.${status}`)}
        </h3>
        <p>{text}</p>
        {actions ? <div className="registration__actions">{actions}</div> : null}
      </div>
    </div>
  );
}

/** No seats left, over, cancelled, not published yet. */
export function RegistrationClosed({ reason }: { reason: RegistrationClosedReason }) {
  const { t } = useTranslation("programme");
  return (
    <div className="registration__outcome registration__outcome--closed" data-closed={reason}>
      <Icon name="alert" size={24} />
      <div>
        <h3 className="registration__outcome-title">{t(`registration.closed.${reason}`)}</h3>
        <p>{t(`registration.closed.${reason}Text`)}</p>
      </div>
    </div>
  );
}
