import { useTranslation } from "react-i18next";
import { Panel } from "../frame/CabinetTab.tsx";
import { useNotificationPermission } from "./useNotificationPermission.ts";

/** What tells staff about a visitor's message, and the button that asks the browser for notifications. */
export function ChatAlertsPanel() {
  const { t } = useTranslation("live");
  const { permission, request } = useNotificationPermission();
  return (
    <Panel titleId="live-alerts-title" title={t("cabinet.alerts.title")} lead={t("cabinet.alerts.lead")}>
      {permission === "default" ? (
        <button type="button" className="button button--secondary" onClick={request}>
          {t("cabinet.alerts.enable")}
        </button>
      ) : (
        <p className={`live-alerts__state live-alerts__state--${permission}`} role="status">
          {t(
            permission === "granted"
              ? "cabinet.alerts.on"
              : permission === "denied"
                ? "cabinet.alerts.blocked"
                : "cabinet.alerts.unsupported",
          )}
        </p>
      )}
    </Panel>
  );
}
