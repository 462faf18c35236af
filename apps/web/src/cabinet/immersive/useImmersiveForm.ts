import { useCallback } from "react";
import type { AppErrorInfo, Translate } from "../../lib/errors.ts";
import { useFormErrors } from "../../lib/useFormErrors.ts";
import { withoutFieldPrefix } from "../forms/messages.ts";

const fieldNameKey = "errors:fieldNames.";

/** Field names from this tab's catalogue ("Yaw", "Title (English)") before the shared ones. */
function immersiveNames(t: Translate): Translate {
  return (key, options) => {
    if (!key.startsWith(fieldNameKey)) return t(key, options);
    const field = key.slice(fieldNameKey.length);
    return t(`immersive:fieldNames.${field}`, { defaultValue: t(key, options) });
  };
}

/**
 * lib/useFormErrors for this tab's forms: messages kept as codes, focus on the first field
 * in trouble, and the input's nesting (`hotspot.`) taken off the server's field paths.
 */
export function useImmersiveForm(fieldNames: readonly string[], inputPrefix?: string) {
  const rename = useCallback(
    (error: AppErrorInfo) => (inputPrefix ? withoutFieldPrefix(error, inputPrefix) : error),
    [inputPrefix],
  );
  return useFormErrors(fieldNames, { translate: immersiveNames, rename });
}
