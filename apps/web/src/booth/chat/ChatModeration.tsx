import type { ChatMessage } from "@pavilion/schema";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog, useFocusAfterRemoval } from "../../cabinet/Dialog.tsx";

/** What a moderator is about to do, waiting for their confirmation. */
export type PendingModeration = { kind: "delete" | "ban"; message: ChatMessage } | null;

interface Action {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

interface ChatModerationProps {
  pending: PendingModeration;
  onClose: () => void;
  remove: Action & { mutateAsync: (input: { exhibitorId: string; messageId: string }) => Promise<unknown> };
  ban: Action & { mutateAsync: (input: { exhibitorId: string; userId: string }) => Promise<unknown> };
  exhibitorId: string;
  /** Where focus goes after the message that opened the dialog was deleted. */
  logRef: RefObject<HTMLElement | null>;
  onBanned: (name: string) => void;
}

/** "Delete this message?" and "Ban X from the chat?", each with its consequence spelled out. */
export function ChatModeration({
  pending,
  onClose,
  remove,
  ban,
  exhibitorId,
  logRef,
  onBanned,
}: ChatModerationProps) {
  const { t } = useTranslation("booth");
  const focus = useFocusAfterRemoval(logRef);
  const name = pending?.message.author.name ?? "";
  const close = () => {
    remove.reset();
    ban.reset();
    onClose();
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      if (pending.kind === "delete") {
        await remove.mutateAsync({ exhibitorId, messageId: pending.message.id });
        focus.removed();
      } else {
        await ban.mutateAsync({ exhibitorId, userId: pending.message.author.id });
        onBanned(name);
      }
      close();
    } catch {
      // The dialog shows the failure and stays open.
    }
  };
  const deleting = pending?.kind === "delete";
  return (
    <ConfirmDialog
      open={pending !== null}
      title={deleting ? t("chat.moderation.deleteTitle") : t("chat.moderation.banTitle", { name })}
      text={deleting ? t("chat.moderation.deleteText", { name }) : t("chat.moderation.banText", { name })}
      confirmLabel={deleting ? t("chat.moderation.deleteConfirm") : t("chat.moderation.banConfirm")}
      action={deleting ? remove : ban}
      onConfirm={() => void confirm()}
      onClose={close}
      restoreFocus={focus.restoreFocus}
    />
  );
}
