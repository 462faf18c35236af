/**
 * LiveKit room names. A room name carries only the kind and the id it belongs to;
 * who may join is decided by the API before it mints a token, never by the name.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BOOTH_PREFIX = "booth_";
const EVENT_PREFIX = "event_";

/** What a room name stands for. */
export type RoomRef = { kind: "booth"; exhibitorId: string } | { kind: "event"; eventId: string };

/** Thrown when an id that should name a room is not a UUID. */
export class InvalidRoomIdError extends Error {
  constructor(id: string) {
    super(`not a UUID, cannot name a room after it: ${JSON.stringify(id)}`);
    this.name = "InvalidRoomIdError";
  }
}

function checkedId(id: string): string {
  if (!UUID.test(id)) throw new InvalidRoomIdError(id);
  return id.toLowerCase();
}

/** The room of an exhibitor's booth: "booth_<exhibitorId>". */
export function boothRoomName(exhibitorId: string): string {
  return BOOTH_PREFIX + checkedId(exhibitorId);
}

/** The room of an event (webinar): "event_<eventId>". */
export function eventRoomName(eventId: string): string {
  return EVENT_PREFIX + checkedId(eventId);
}

/** The room name for a reference; the inverse of parseRoomName. */
export function roomName(ref: RoomRef): string {
  switch (ref.kind) {
    case "booth":
      return boothRoomName(ref.exhibitorId);
    case "event":
      return eventRoomName(ref.eventId);
    default: {
      const unreachable: never = ref;
      return unreachable;
    }
  }
}

/** Reads a room name back into what it stands for, or null if it is not one of ours. */
export function parseRoomName(name: string): RoomRef | null {
  if (name.startsWith(BOOTH_PREFIX)) {
    const id = name.slice(BOOTH_PREFIX.length);
    return UUID.test(id) ? { kind: "booth", exhibitorId: id.toLowerCase() } : null;
  }
  if (name.startsWith(EVENT_PREFIX)) {
    const id = name.slice(EVENT_PREFIX.length);
    return UUID.test(id) ? { kind: "event", eventId: id.toLowerCase() } : null;
  }
  return null;
}
