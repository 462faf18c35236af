/**
 * Turns a failed request into the messages a form shows: one for the whole form
 * and one under each field. The API sends codes (`error.data.app`); the words come
 * from our catalogue, so they follow the language the visitor reads now.
 */
import type { FieldError } from "@pavilion/schema";

/** What went wrong, as codes: the API's `error.data.app`, or "network" when no answer came. */
export interface AppErrorInfo {
  code: string;
  fields?: Record<string, FieldError>;
  /** Values the message names, e.g. a size limit. */
  params?: Record<string, number | string>;
}

/** A translation function: i18next's `t` fits. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FormMessages {
  /** For the role="alert" region above the form; null when all is well. */
  form: string | null;
  /** For the fields the form shows, by field name. */
  fields: Record<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Reads the codes out of a tRPC client error (or anything else thrown). */
export function appErrorOf(error: unknown): AppErrorInfo {
  if (!isRecord(error)) return { code: "internal" };
  const data = error.data;
  // A TRPCClientError without data never got a tRPC answer: the network or a proxy failed.
  if (data === undefined || data === null) return { code: "network" };
  if (isRecord(data) && isRecord(data.app) && typeof data.app.code === "string") {
    return data.app as unknown as AppErrorInfo;
  }
  return { code: "internal" };
}

/** The HTTP status of a tRPC error, if the server answered. */
export function httpStatusOf(error: unknown): number | undefined {
  if (!isRecord(error) || !isRecord(error.data)) return undefined;
  const status = error.data.httpStatus;
  return typeof status === "number" ? status : undefined;
}

/**
 * Messages for a form that shows `formFields`; errors of other fields (say, a
 * hidden token) join the form-level message so nothing is lost.
 */
export function formMessages(
  error: AppErrorInfo | null,
  t: Translate,
  formFields: readonly string[],
): FormMessages {
  if (!error) return { form: null, fields: {} };
  const head =
    error.code === "network"
      ? t("ui:common.networkError")
      : t(`errors:codes.${error.code}`, { ...error.params, defaultValue: t("errors:codes.internal") });
  const fields: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [field, fieldError] of Object.entries(error.fields ?? {})) {
    const name = t(`errors:fieldNames.${field}`, { defaultValue: field });
    const message = t(`errors:fields.${fieldError.code}`, {
      ...fieldError.params,
      field: name,
      defaultValue: t("errors:fields.invalid", { field: name }),
    });
    if (formFields.includes(field)) fields[field] = message;
    else elsewhere.push(message);
  }
  return { form: [head, ...elsewhere].join(" "), fields };
}
