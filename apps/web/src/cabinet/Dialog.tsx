/**
 * A modal dialog on the browser's own <dialog>: it traps focus, closes with Escape,
 * and gives focus back to what opened it. A control marked `data-autofocus`, else
 * the first field, takes focus when it opens.
 */
import { type ReactNode, type RefObject, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Translate } from "../lib/errors.ts";
import { errorMessage } from "./forms/messages.ts";
import "./dialog.css";

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** "alert" for a question that needs an answer, such as "Delete?". */
  role?: "dialog" | "alertdialog";
  size?: "small" | "large";
  /** Where focus goes on closing, when not back to the opener (say, the opener was deleted). */
  restoreFocus?: () => HTMLElement | null;
}

export function Dialog({
  open,
  title,
  onClose,
  children,
  role = "dialog",
  size = "small",
  restoreFocus,
}: DialogProps) {
  const { t } = useTranslation("cabinet");
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const restoreRef = useRef(restoreFocus);
  restoreRef.current = restoreFocus;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // The browser focuses the first control (the close button); start at the content instead.
      dialog
        .querySelector<HTMLElement>("[data-autofocus], .dialog__inner input, .dialog__inner textarea")
        ?.focus();
      return () => {
        if (dialog.open) dialog.close();
        const target = restoreRef.current?.() ?? (opener?.isConnected ? opener : null);
        target?.focus();
      };
    }
    return undefined;
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      role={role === "alertdialog" ? "alertdialog" : undefined}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      {open ? (
        <div className="dialog__inner">
          <header className="dialog__head">
            <h2 className="dialog__title" id={titleId}>
              {title}
            </h2>
            <button type="button" className="dialog__close" onClick={onClose} aria-label={t("dialog.close")}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}

/** "Delete X?" with the consequence, Cancel (focused first) and the dangerous button. */
export function ConfirmDialog({
  open,
  title,
  text,
  confirmLabel,
  action,
  onConfirm,
  onClose,
  restoreFocus,
  keepLabel,
  errorText,
}: {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  /** The safe button's label (default "Cancel"). */
  keepLabel?: string;
  /** The failure to show, when the caller words it itself (default: the action's error, translated). */
  errorText?: string | null;
  /** The mutation the dangerous button runs: its pending state and failure are shown here. */
  action: { isPending: boolean; error: unknown };
  onConfirm: () => void;
  onClose: () => void;
  restoreFocus?: () => HTMLElement | null;
}) {
  const { t } = useTranslation("cabinet");
  const pending = action.isPending;
  const error =
    errorText !== undefined
      ? errorText
      : action.error
        ? errorMessage(action.error, t as unknown as Translate)
        : null;
  return (
    <Dialog open={open} title={title} onClose={onClose} role="alertdialog" restoreFocus={restoreFocus}>
      <p className="dialog__text">{text}</p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {keepLabel ?? t("dialog.cancel")}
        </button>
        <button
          type="button"
          className="button button--danger-solid"
          onClick={onConfirm}
          disabled={pending}
          aria-busy={pending || undefined}
        >
          {pending ? <span className="spinner" aria-hidden="true" /> : null}
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * For a dialog that removes the row that opened it: call `opened()` when it opens and
 * `removed()` once the removal succeeds, and give the dialog `restoreFocus`, so focus
 * goes to `target` (say, the list's heading) instead of a button that is gone.
 */
export function useFocusAfterRemoval(target: RefObject<HTMLElement | null>) {
  const wasRemoved = useRef(false);
  return {
    opened: () => {
      wasRemoved.current = false;
    },
    removed: () => {
      wasRemoved.current = true;
    },
    restoreFocus: () => {
      const focusTarget = wasRemoved.current ? target.current : null;
      wasRemoved.current = false;
      return focusTarget;
    },
  };
}
