/** Where a live room and its chat are: a booth (named by its exhibitor) or an event. */

export type LivePlace = { exhibitorId: string } | { eventId: string };
export type LivePlaceKind = "booth" | "event";

export function placeKind(place: LivePlace): LivePlaceKind {
  return "exhibitorId" in place ? "booth" : "event";
}

/**
 * The place as API inputs name it: exactly one of exhibitorId and eventId, and nothing else
 * (a caller's object may carry more fields than its type shows).
 */
export function placeInput(place: LivePlace): { exhibitorId: string } | { eventId: string } {
  return "exhibitorId" in place ? { exhibitorId: place.exhibitorId } : { eventId: place.eventId };
}

/** A string naming the place, for effect dependencies and keys. */
export function placeKey(place: LivePlace): string {
  return "exhibitorId" in place ? `booth:${place.exhibitorId}` : `event:${place.eventId}`;
}
