import { useCallback } from "react";
import type { AppErrorInfo } from "../../lib/errors.ts";
import { useFormErrors } from "../../lib/useFormErrors.ts";
import { cabinetTranslate, type FieldNames, withoutFieldPrefix } from "./messages.ts";

/**
 * lib/useFormErrors for the cabinet's forms: the same codes-not-words state and
 * focus on the first field in trouble, with field names from the cabinet's
 * catalogue and the input's nesting (`profile.`) taken off the server's field paths.
 */
export function useCabinetForm(
  fieldNames: readonly string[],
  { inputPrefix, names }: { inputPrefix?: string; names?: FieldNames } = {},
) {
  const rename = useCallback(
    (error: AppErrorInfo) => (inputPrefix ? withoutFieldPrefix(error, inputPrefix) : error),
    [inputPrefix],
  );
  return useFormErrors(fieldNames, { translate: (t) => cabinetTranslate(t, names), rename });
}
