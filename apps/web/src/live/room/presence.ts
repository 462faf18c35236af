/** Who is in a room, from the role the API put in each participant's metadata. */
import type { Room } from "livekit-client";

/** The role in a participant's metadata (`{"role":"staff"}`), or null when there is none. */
export function roleOf(metadata: string | undefined): string | null {
  try {
    const data: unknown = JSON.parse(metadata ?? "");
    return typeof data === "object" && data !== null && "role" in data && typeof data.role === "string"
      ? data.role
      : null;
  } catch {
    return null;
  }
}

/** Whether anyone in the room (oneself included) is the booth's staff. */
export function staffIn(room: Room): boolean {
  const people = [room.localParticipant, ...room.remoteParticipants.values()];
  return people.some((participant) => roleOf(participant.metadata) === "staff");
}
