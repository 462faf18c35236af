/** Whether a failed request means "there is no such event" rather than a fault. */
function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** NOT_FOUND (404) and BAD_REQUEST (400, an id the API cannot read) both mean no such event. */
export function isMissingEvent(error: unknown): boolean {
  const data = field(error, "data");
  const code = field(data, "code");
  const status = field(data, "httpStatus");
  return code === "NOT_FOUND" || code === "BAD_REQUEST" || status === 404 || status === 400;
}
