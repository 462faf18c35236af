/**
 * Who records a visit to a booth page. The page that sent the visitor knows where
 * they came from and passes `{ from }` in the navigation state:
 * - "floor" and "search": the floor page recorded the visit as it navigated; nothing to do here.
 * - "plan": the 2D plan only calls `onOpen`, it knows nothing of the API, so this page
 *   records it with source "plan" (the floor page must not record plan opens).
 * - nothing (a shared link, a bookmark, a reload of a direct link): source "link".
 */
export type VisitSource = "plan" | "link";

/** The source this page should record the visit with, or null when the sender recorded it. */
export function visitSourceFor(state: unknown): VisitSource | null {
  const from = typeof state === "object" && state !== null && "from" in state ? state.from : undefined;
  if (from === "plan") return "plan";
  if (from === "floor" || from === "search") return null;
  return "link";
}
