import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppErrorInfo, appErrorOf, formMessages, type Translate } from "./errors.ts";

interface State {
  error: AppErrorInfo | null;
  /** Counts failed submits, so focus moves once per failure and not while typing. */
  failures: number;
}

/** How a form names what went wrong, when the shared catalogue and the server's field paths do not fit it. */
export interface FormErrorsOptions {
  /** Wraps the app's translator, e.g. to look field names up in another part of the catalogue. */
  translate?: (t: Translate) => Translate;
  /** Renames a reported error's fields as the form names them; keep it stable (useCallback). */
  rename?: (error: AppErrorInfo) => AppErrorInfo;
}

/**
 * A form's error state kept as codes (so messages follow a language switch),
 * with focus moved to the first field in trouble, or to the alert, after a failure.
 */
export function useFormErrors(fieldNames: readonly string[], { translate, rename }: FormErrorsOptions = {}) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ error: null, failures: 0 });
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const shared = t as unknown as Translate;
  const messages = formMessages(state.error, translate ? translate(shared) : shared, fieldNames);

  const { failures } = state;
  const fieldsRef = useRef(fieldNames);
  const errorRef = useRef(state.error);
  errorRef.current = state.error;
  useEffect(() => {
    if (failures === 0) return;
    const first = fieldsRef.current.find((name) => errorRef.current?.fields?.[name]);
    const field = first ? formRef.current?.elements.namedItem(first) : null;
    if (field instanceof HTMLElement) field.focus();
    else alertRef.current?.focus();
  }, [failures]);

  /** Shows what a failed request (or the form's own check) reported. */
  const report = useCallback(
    (error: AppErrorInfo) => {
      const named = rename ? rename(error) : error;
      setState((previous) => ({ error: named, failures: previous.failures + 1 }));
    },
    [rename],
  );
  const fail = useCallback((cause: unknown) => report(appErrorOf(cause)), [report]);
  const clear = useCallback(() => setState((previous) => ({ ...previous, error: null })), []);
  /** Forgets one field's error once the visitor edits it. */
  const clearField = useCallback((name: string) => {
    setState((previous) => {
      const fields = previous.error?.fields;
      if (!previous.error || !fields?.[name]) return previous;
      const { [name]: _, ...rest } = fields;
      return { ...previous, error: { ...previous.error, fields: rest } };
    });
  }, []);

  return { formRef, alertRef, messages, report, fail, clear, clearField };
}
