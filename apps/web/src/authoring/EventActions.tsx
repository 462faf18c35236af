/** What else an author may do with a saved event: drop a pending change, or cancel the event. */
import type { EditableEvent } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../cabinet/Dialog.tsx";
import { useTRPC } from "../trpc.ts";
import { CancelEventDialog } from "./CancelEventDialog.tsx";
import { useAuthoringCache } from "./useAuthoringCache.ts";

export function EventActions({
  event,
  onDiscarded,
}: {
  event: EditableEvent;
  onDiscarded: (event: EditableEvent) => void;
}) {
  const { t } = useTranslation("authoring");
  const trpc = useTRPC();
  const cache = useAuthoringCache();
  const [open, setOpen] = useState<"discard" | "cancel" | null>(null);
  const [status, setStatus] = useState("");
  const discard = useMutation(
    trpc.authoring.discardRevision.mutationOptions({
      onSuccess: (fresh) => {
        cache.applyEvent(fresh);
        setOpen(null);
        onDiscarded(fresh);
      },
    }),
  );
  const cancel = useMutation(
    trpc.authoring.cancelEvent.mutationOptions({
      onSuccess: ({ event: fresh, notified }) => {
        cache.applyEvent(fresh);
        setOpen(null);
        setStatus(t("cancel.done", { count: notified }));
      },
    }),
  );
  if (!event.can.discardRevision && !event.can.cancel && !status) return null;

  return (
    <section className="panel authoring-more" aria-labelledby="authoring-more-title">
      <h2 className="panel__title" id="authoring-more-title">
        {t("more.title")}
      </h2>
      <div className="authoring-more__rows">
        {event.can.discardRevision ? (
          <div className="authoring-more__row">
            <p>{t("more.discardText")}</p>
            <button type="button" className="button button--secondary" onClick={() => setOpen("discard")}>
              {t("more.discard")}
            </button>
          </div>
        ) : null}
        {event.can.cancel ? (
          <div className="authoring-more__row">
            <p>{t("more.cancelText", { count: event.registered })}</p>
            <button type="button" className="button button--danger" onClick={() => setOpen("cancel")}>
              {t("more.cancel")}
            </button>
          </div>
        ) : null}
      </div>
      <p role="status">{status}</p>
      <ConfirmDialog
        open={open === "discard"}
        title={t("more.discardTitle")}
        text={t("more.discardConfirmText")}
        confirmLabel={t("more.discard")}
        keepLabel={t("more.keepChange")}
        action={discard}
        onConfirm={() => discard.mutate({ eventId: event.id })}
        onClose={() => setOpen(null)}
      />
      <CancelEventDialog
        open={open === "cancel"}
        registered={event.registered}
        pending={cancel.isPending}
        error={cancel.error}
        onConfirm={(reason) => cancel.mutate({ eventId: event.id, reason })}
        onClose={() => setOpen(null)}
      />
    </section>
  );
}
