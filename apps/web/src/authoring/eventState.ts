/** Where an event stands for its author, in one of the words the cabinet and the programme show. */
import type { AuthoredEvent } from "@pavilion/schema";

export type StateKey =
  | "draft"
  | "submitted"
  | "sentBack"
  | "approved"
  | "changeDraft"
  | "changeSubmitted"
  | "changeSentBack"
  | "cancelled";

export interface EventStanding {
  key: StateKey;
  /** The organisers' note when they sent the event (or its change) back. */
  note: string | null;
  /** The tag's colour. */
  tone: "muted" | "waiting" | "danger" | "ok";
}

const tones: Record<StateKey, EventStanding["tone"]> = {
  draft: "muted",
  submitted: "waiting",
  sentBack: "danger",
  approved: "ok",
  changeDraft: "ok",
  changeSubmitted: "waiting",
  changeSentBack: "danger",
  cancelled: "danger",
};

/** The event's state, and for an approved one the state of its pending change. */
export function standingOf(event: Pick<AuthoredEvent, "state" | "reviewNote" | "revision">): EventStanding {
  const of = (key: StateKey, note: string | null = null): EventStanding => ({ key, note, tone: tones[key] });
  switch (event.state) {
    case "draft":
      return of("draft");
    case "submitted":
      return of("submitted");
    case "sentBack":
      return of("sentBack", event.reviewNote);
    case "cancelled":
      return of("cancelled");
    case "approved": {
      const revision = event.revision;
      if (!revision) return of("approved");
      if (revision.state === "submitted") return of("changeSubmitted");
      if (revision.state === "sentBack") return of("changeSentBack", revision.reviewNote);
      return of("changeDraft");
    }
    default: {
      const never: never = event.state;
      return of(never);
    }
  }
}
