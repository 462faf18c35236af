/**
 * Words for what went wrong in the cabinet. Field errors name the cabinet's own
 * fields ("Description (English)"), and messages with values ("the limit is 20 MB")
 * fill them in from the code the API sent, so they follow a language switch.
 */
import type { AppErrorInfo, Translate } from "../../lib/errors.ts";

const fieldNameKey = "errors:fieldNames.";

/** Where a form's field names are in the catalogue: `cabinet:fieldNames`, or another group. */
export type FieldNames = "cabinet:fieldNames" | "cabinet:materialFieldNames" | "moderation:fieldNames";

/**
 * A translator for lib/errors.ts `formMessages` that looks field names up in the
 * given group of the catalogue before the shared one.
 */
export function cabinetTranslate(t: Translate, names: FieldNames = "cabinet:fieldNames"): Translate {
  return (key, options) => {
    if (!key.startsWith(fieldNameKey)) return t(key, options);
    const field = key.slice(fieldNameKey.length);
    return t(`${names}.${field}`, { defaultValue: t(key, options) });
  };
}

/** The same error with the fields of a nested input ("profile.name.ru") named as the form names them. */
export function withoutFieldPrefix(error: AppErrorInfo, prefix: string): AppErrorInfo {
  if (!error.fields) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([field, value]) => [
      field.startsWith(`${prefix}.`) ? field.slice(prefix.length + 1) : field,
      value,
    ]),
  );
  return { ...error, fields };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * One sentence for a failed request: the catalogue's message for its code with the
 * values the server sent, or the server's own words for a code we do not know.
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (!isRecord(error)) return t("errors:codes.internal");
  const data = error.data;
  if (data === undefined || data === null) return t("ui:common.networkError");
  const app = isRecord(data) && isRecord(data.app) ? data.app : null;
  if (!app || typeof app.code !== "string") return t("errors:codes.internal");
  const params = isRecord(app.params) ? app.params : {};
  const fallback = typeof error.message === "string" && error.message ? error.message : undefined;
  return t(`errors:codes.${app.code}`, {
    ...params,
    defaultValue: fallback ?? t("errors:codes.internal"),
  });
}
