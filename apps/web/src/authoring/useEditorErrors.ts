/**
 * Errors of the authoring forms, kept as codes (so they follow a language switch), with every
 * field's message under its field and in a summary at the top, and focus moved to the first field
 * in trouble in the order the form shows them. Field paths are the API's (`event.agenda.1.theses.ru`);
 * a path of a list or a pair (`event.title`, `event.agenda.0.theses.ru`) points at its first control.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppErrorInfo, appErrorOf, formMessages, type Translate } from "../lib/errors.ts";

/** The form control that shows a field path, or the first of a group under it. */
export function controlFor(form: HTMLElement, path: string): HTMLElement | null {
  const exact = form.querySelector<HTMLElement>(
    `[name="${CSS.escape(path)}"], [data-field="${CSS.escape(path)}"]`,
  );
  if (exact) return exact;
  return form.querySelector<HTMLElement>(`[name^="${CSS.escape(`${path}.`)}"]`);
}

/** Field paths in the order their controls stand in the form; those without one last. */
export function inFormOrder(form: HTMLElement | null, paths: readonly string[]): string[] {
  if (!form) return [...paths];
  const placed = paths.map((path) => ({ path, element: controlFor(form, path) }));
  return placed
    .sort((a, b) => {
      if (!a.element || !b.element) return a.element ? -1 : b.element ? 1 : 0;
      if (a.element === b.element) return 0;
      return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    })
    .map((entry) => entry.path);
}

export function useEditorErrors() {
  const { t } = useTranslation();
  const [state, setState] = useState<{ error: AppErrorInfo | null; failures: number }>({
    error: null,
    failures: 0,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const paths = Object.keys(state.error?.fields ?? {});
  const messages = formMessages(state.error, t as unknown as Translate, paths);
  const ordered = inFormOrder(formRef.current, paths);

  const focusField = useCallback((path: string) => {
    const form = formRef.current;
    const control = form ? controlFor(form, path) : null;
    control?.focus();
    control?.scrollIntoView?.({ block: "center" });
  }, []);

  const { failures } = state;
  const errorRef = useRef(state.error);
  errorRef.current = state.error;
  useEffect(() => {
    if (failures === 0) return;
    const fields = Object.keys(errorRef.current?.fields ?? {});
    const [first] = inFormOrder(formRef.current, fields);
    const control = first && formRef.current ? controlFor(formRef.current, first) : null;
    if (control) {
      control.focus();
      control.scrollIntoView?.({ block: "center" });
    } else summaryRef.current?.focus();
  }, [failures]);

  const report = useCallback((error: AppErrorInfo) => {
    setState((previous) => ({ error, failures: previous.failures + 1 }));
  }, []);
  const fail = useCallback((cause: unknown) => report(appErrorOf(cause)), [report]);
  const clear = useCallback(() => setState((previous) => ({ ...previous, error: null })), []);
  const clearField = useCallback((path: string) => {
    setState((previous) => {
      const fields = previous.error?.fields;
      if (!previous.error || !fields) return previous;
      const rest = Object.fromEntries(
        Object.entries(fields).filter(([key]) => key !== path && !path.startsWith(`${key}.`)),
      );
      if (Object.keys(rest).length === Object.keys(fields).length) return previous;
      return { ...previous, error: { ...previous.error, fields: rest } };
    });
  }, []);

  return { formRef, summaryRef, messages, ordered, focusField, report, fail, clear, clearField };
}

export type EditorErrors = ReturnType<typeof useEditorErrors>;
