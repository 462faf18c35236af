/** "(N) " in front of the page title while messages are unread, whatever title each tab sets. */
import { useEffect } from "react";
import { titleWithUnread } from "./alerts.ts";

export function useUnreadTitle(unread: number): void {
  useEffect(() => {
    const apply = () => {
      const wanted = titleWithUnread(document.title, unread);
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    if (unread === 0) return undefined;
    // A tab that sets its own title (or a language switch) would drop the count: put it back.
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = titleWithUnread(document.title, 0);
    };
  }, [unread]);
}
