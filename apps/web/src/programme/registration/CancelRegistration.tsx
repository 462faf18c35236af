/**
 * "Cancel my registration" with a confirmation. The seat reopens; the event's form state, the
 * schedule and the agenda are refreshed. Without a registration id (a row of "my agenda") the id
 * is read from the event's form state first.
 */
import type { RegistrationFormState } from "@pavilion/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../cabinet/Dialog.tsx";
import { appErrorOf, formMessages, type Translate } from "../../lib/errors.ts";
import { useTRPC, useTRPCClient } from "../../trpc.ts";
import { useRefreshProgramme } from "../useRefreshProgramme.ts";
import "../programme.css";

interface Props {
  eventId: string;
  registrationId?: string;
  label?: string;
  /** The button's accessible name, when the visible label is too short to say what it cancels. */
  ariaLabel?: string;
  className?: string;
  onCancelled?: (state: RegistrationFormState) => void;
}

export function CancelRegistration({
  eventId,
  registrationId,
  label,
  ariaLabel,
  className,
  onCancelled,
}: Props) {
  const { t } = useTranslation("programme");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const refresh = useRefreshProgramme();
  const [open, setOpen] = useState(false);
  const cancel = useMutation({
    mutationFn: async () => {
      const id =
        registrationId ??
        (await queryClient.fetchQuery(trpc.registration.formState.queryOptions({ eventId }))).mine?.id;
      if (!id) throw new Error("no registration");
      return client.registration.cancel.mutate({ registrationId: id });
    },
    onSuccess: (state) => {
      queryClient.setQueryData(trpc.registration.formState.queryKey({ eventId }), state);
      setOpen(false);
      refresh();
      onCancelled?.(state);
    },
  });
  const error = cancel.error
    ? cancel.error.message === "no registration"
      ? t("agenda.cancelFailed")
      : formMessages(appErrorOf(cancel.error), t as unknown as Translate, []).form
    : null;

  return (
    <>
      <button
        type="button"
        className={className ?? "button button--secondary button--sm"}
        aria-label={ariaLabel}
        onClick={() => {
          cancel.reset();
          setOpen(true);
        }}
      >
        {label ?? t("registration.cancel")}
      </button>
      <ConfirmDialog
        open={open}
        title={t("registration.cancelTitle")}
        text={t("registration.cancelText")}
        keepLabel={t("registration.keep")}
        confirmLabel={t("registration.cancelConfirm")}
        action={cancel}
        errorText={error}
        onConfirm={() => cancel.mutate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
