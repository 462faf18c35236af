import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppErrorInfo, appErrorOf, formMessages, type Translate } from "../../lib/errors.ts";
import { cabinetTranslate, type FieldNames, withoutFieldPrefix } from "./messages.ts";

interface State {
  error: AppErrorInfo | null;
  /** Counts failed submits, so focus moves once per failure and not while typing. */
  failures: number;
}

/**
 * lib/useFormErrors for the cabinet's forms: the same codes-not-words state and
 * focus on the first field in trouble, with field names from the cabinet's
 * catalogue and the input's nesting (`profile.`) taken off the server's field paths.
 */
export function useCabinetForm(
  fieldNames: readonly string[],
  { inputPrefix, names }: { inputPrefix?: string; names?: FieldNames } = {},
) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ error: null, failures: 0 });
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const messages = formMessages(state.error, cabinetTranslate(t as unknown as Translate, names), fieldNames);

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

  const report = useCallback(
    (error: AppErrorInfo) => {
      const named = inputPrefix ? withoutFieldPrefix(error, inputPrefix) : error;
      setState((previous) => ({ error: named, failures: previous.failures + 1 }));
    },
    [inputPrefix],
  );
  const fail = useCallback((cause: unknown) => report(appErrorOf(cause)), [report]);
  const clear = useCallback(() => setState((previous) => ({ ...previous, error: null })), []);
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
