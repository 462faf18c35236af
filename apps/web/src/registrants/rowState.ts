/** What the event's staff may do with one registrant, decided from the row the API sent and the time now. */
import type { Registrant } from "@pavilion/schema";

export interface RowState {
  /** A pending application: Accept is offered. */
  accept: boolean;
  /**
   * For a pending application: "open" while a rejection is allowed, "closed" once it is not
   * (2 days after the application, or from the day before the event); null otherwise.
   */
  reject: "open" | "closed" | null;
  /** An accepted registrant can be marked as arrived at the desk. */
  checkIn: boolean;
  /** A live registration (accepted or pending) can be cancelled, which frees its seat. */
  cancel: boolean;
}

/** The actions a row offers. The server enforces the same rules; this only avoids offering what it would refuse. */
export function rowState(registrant: Registrant, now: Date): RowState {
  const pending = registrant.status === "pending";
  const until = registrant.rejectableUntil ? Date.parse(registrant.rejectableUntil) : Number.NaN;
  const rejectOpen = pending && Number.isFinite(until) && now.getTime() < until;
  return {
    accept: pending,
    reject: pending ? (rejectOpen ? "open" : "closed") : null,
    checkIn: registrant.status === "accepted",
    cancel: pending || registrant.status === "accepted",
  };
}

/** Whether the person took part: joined the webinar room, or was marked present at the desk. */
export function hasAttended(registrant: Registrant): boolean {
  return registrant.attendedAt !== null || registrant.checkedInAt !== null;
}

/** "Petrova Anna" the Russian way, "Anna Petrova" in English. */
export function personName(
  registrant: Pick<Registrant, "firstName" | "lastName">,
  locale: "ru" | "en",
): string {
  const parts =
    locale === "ru"
      ? [registrant.lastName, registrant.firstName]
      : [registrant.firstName, registrant.lastName];
  return parts.filter((part) => part.trim() !== "").join(" ");
}

/** The bar's filled share, 0..100: attended of accepted. */
export function turnoutShare(attendedPct: number | null): number {
  if (attendedPct === null || !Number.isFinite(attendedPct)) return 0;
  return Math.min(100, Math.max(0, attendedPct));
}
