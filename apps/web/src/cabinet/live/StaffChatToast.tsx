import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { StaffToast } from "./useStaffChat.ts";
import "./live.css";

/**
 * The toast about a visitor's message, on any tab of the cabinet. The region is always there so
 * screen readers announce what appears in it (politely, after what they are reading).
 */
export function StaffChatToast({ toast, onDismiss }: { toast: StaffToast | null; onDismiss: () => void }) {
  const { t } = useTranslation("live");
  return (
    <div className="staff-toast-region" role="status" aria-live="polite" aria-atomic="true">
      {toast ? (
        <div className="staff-toast on-dark" key={toast.id}>
          <p className="staff-toast__text">
            {t("cabinet.alerts.toast", { name: toast.name, text: toast.text })}
            {toast.more > 0 ? ` ${t("cabinet.alerts.toastMore", { count: toast.more })}` : null}
          </p>
          <div className="staff-toast__actions">
            <Link className="button button--accent button--sm" to="live">
              {t("cabinet.alerts.open")}
            </Link>
            <button type="button" className="button button--ghost-light button--sm" onClick={onDismiss}>
              {t("cabinet.alerts.dismiss")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
