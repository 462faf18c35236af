/** The decision the review page passes back to the queue in the navigation state, to confirm it there. */
export interface Decided {
  decision: "approved" | "rejected";
  name: string;
}

/** The decision in a location's state, or null when there is none (or it is not one). */
export function decidedOf(state: unknown): Decided | null {
  if (typeof state !== "object" || state === null || !("decided" in state)) return null;
  const decided = (state as { decided: unknown }).decided;
  if (typeof decided !== "object" || decided === null) return null;
  const { decision, name } = decided as Record<string, unknown>;
  if ((decision !== "approved" && decision !== "rejected") || typeof name !== "string") return null;
  return { decision, name };
}
