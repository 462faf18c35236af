/** The browser's permission to show notifications, asked for only when the person presses a button. */
import { useCallback, useState } from "react";

export type NotificationState = NotificationPermission | "unsupported";

/** What the browser allows now. */
export function notificationPermission(): NotificationState {
  return typeof Notification === "undefined" ? "unsupported" : Notification.permission;
}

export function useNotificationPermission(): { permission: NotificationState; request: () => void } {
  const [permission, setPermission] = useState<NotificationState>(notificationPermission);
  const request = useCallback(() => {
    if (typeof Notification === "undefined") return;
    void Notification.requestPermission().then(setPermission, () => setPermission(notificationPermission()));
  }, []);
  return { permission, request };
}
