/**
 * What the registrants page says after an action: a visible, announced line at the top of
 * the list ("Anna Petrova is accepted" or the translated refusal), and where focus goes when
 * the control that had it is gone (the row's name, else that line).
 */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../cabinet/forms/messages.ts";
import type { Translate } from "../lib/errors.ts";
import { useTRPC } from "../trpc.ts";

export interface Feedback {
  tone: "success" | "error";
  text: string;
}

/** The row's name cell: focusable from code, found by the registrant's id. */
export function rowNameOf(registrantId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-registrant-name="${CSS.escape(registrantId)}"]`);
}

export function useFeedback() {
  const { t } = useTranslation("registrants");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  /** Reloads the list and the turnout (and the cabinet's counts), then says what happened. */
  const succeeded = useCallback(
    async (text: string, options: { focusRow?: string } = {}) => {
      await queryClient.invalidateQueries({ queryKey: trpc.registration.pathKey() });
      setFeedback({ tone: "success", text });
      if (options.focusRow === undefined) return;
      // The button that had focus is gone (the row changed or left the filtered list).
      const rowId = options.focusRow;
      requestAnimationFrame(() => (rowNameOf(rowId) ?? feedbackRef.current)?.focus());
    },
    [queryClient, trpc],
  );

  const failed = useCallback(
    (error: unknown) => {
      setFeedback({ tone: "error", text: errorMessage(error, t as unknown as Translate) });
      void queryClient.invalidateQueries({ queryKey: trpc.registration.registrants.pathKey() });
    },
    [queryClient, t, trpc],
  );

  return { feedback, feedbackRef, succeeded, failed, clear: () => setFeedback(null) };
}
