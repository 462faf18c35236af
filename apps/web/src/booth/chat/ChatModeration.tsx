import type { ChatMessage } from "@pavilion/schema";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog, useFocusAfterRemoval } from "../../cabinet/Dialog.tsx";
import type { LivePlaceKind } from "../../live/room/place.ts";
import { MUTE_MINUTES } from "./mute.ts";
import { placeTextKey } from "./texts.ts";

/** What a moderator is about to do, waiting for their confirmation. */
export type PendingModeration = { kind: "delete" | "ban" | "mute"; message: ChatMessage } | null;

type Place = { exhibitorId: string } | { eventId: string };

interface Action<Input> {
  isPending: boolean;
  error: unknown;
  reset: () => void;
  mutateAsync: (input: Input) => Promise<unknown>;
}

interface ChatModerationProps {
  pending: PendingModeration;
  onClose: () => void;
  remove: Action<Place & { messageId: string }>;
  ban: Action<Place & { userId: string }>;
  mute: Action<Place & { userId: string; minutes: number }>;
  place: Place;
  kind: LivePlaceKind;
  /** Where focus goes after the message that opened the dialog was deleted. */
  logRef: RefObject<HTMLElement | null>;
  /** Says what was done (for the status line under the log). */
  onDone: (text: string) => void;
}

/** "Delete this message?", "Ban X?" and "Mute X for 10 minutes?", each with its consequence spelled out. */
export function ChatModeration({
  pending,
  onClose,
  remove,
  ban,
  mute,
  place,
  kind,
  logRef,
  onDone,
}: ChatModerationProps) {
  const { t } = useTranslation("booth");
  const focus = useFocusAfterRemoval(logRef);
  const name = pending?.message.author.name ?? "";
  const close = () => {
    remove.reset();
    ban.reset();
    mute.reset();
    onClose();
  };
  const confirm = async () => {
    if (!pending) return;
    const userId = pending.message.author.id;
    try {
      switch (pending.kind) {
        case "delete":
          await remove.mutateAsync({ ...place, messageId: pending.message.id });
          focus.removed();
          break;
        case "ban":
          await ban.mutateAsync({ ...place, userId });
          onDone(t("chat.moderation.banned", { name }));
          break;
        case "mute":
          await mute.mutateAsync({ ...place, userId, minutes: MUTE_MINUTES });
          onDone(t("live:chat.moderation.muted", { name, minutes: MUTE_MINUTES }));
          break;
        default: {
          const never: never = pending.kind;
          return never;
        }
      }
      close();
    } catch {
      // The dialog shows the failure and stays open.
    }
  };
  const texts = (() => {
    switch (pending?.kind) {
      case "ban":
        return {
          title: t("chat.moderation.banTitle", { name }),
          text: t(placeTextKey(kind, "moderation.banText"), { name }),
          confirm: t("chat.moderation.banConfirm"),
          action: ban,
        };
      case "mute":
        return {
          title: t("live:chat.moderation.muteTitle", { name, minutes: MUTE_MINUTES }),
          text: t("live:chat.moderation.muteText", { name, minutes: MUTE_MINUTES }),
          confirm: t("live:chat.moderation.muteConfirm", { minutes: MUTE_MINUTES }),
          action: mute,
        };
      default:
        return {
          title: t("chat.moderation.deleteTitle"),
          text: t("chat.moderation.deleteText", { name }),
          confirm: t("chat.moderation.deleteConfirm"),
          action: remove,
        };
    }
  })();
  return (
    <ConfirmDialog
      open={pending !== null}
      title={texts.title}
      text={texts.text}
      confirmLabel={texts.confirm}
      action={texts.action}
      onConfirm={() => void confirm()}
      onClose={close}
      restoreFocus={focus.restoreFocus}
    />
  );
}
