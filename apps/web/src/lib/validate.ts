import { fieldErrorFromIssue } from "@pavilion/schema";
import type { AppErrorInfo } from "./errors.ts";

type Issue = Parameters<typeof fieldErrorFromIssue>[0];

/** Any zod schema, described by the one method used here. */
interface Schema {
  safeParse(values: unknown): { success: true } | { success: false; error: { issues: Issue[] } };
}

/**
 * Checks form values against the same schema the API uses, so a visitor sees the
 * same messages before sending as after; null when the values pass.
 */
export function validate(schema: Schema, values: unknown): AppErrorInfo | null {
  const result = schema.safeParse(values);
  if (result.success) return null;
  const fields: NonNullable<AppErrorInfo["fields"]> = {};
  for (const issue of result.error.issues) {
    const { field, error } = fieldErrorFromIssue(issue);
    fields[field] ??= error;
  }
  return { code: "validation.invalid", fields };
}
