/** The registrant list's filters as they live in the page's address, so a filtered list can be shared and reloaded. */
import type { RegistrationStatus, Turnout } from "@pavilion/schema";

export const statusFilters = ["all", "pending", "accepted", "rejected", "cancelled"] as const;
export type StatusFilter = (typeof statusFilters)[number];

export interface RegistrantFilters {
  status: StatusFilter;
  /** Matches name, company, e-mail or phone (the server does the matching). */
  search: string;
}

/** The longest search the API takes. */
export const SEARCH_MAX_LENGTH = 100;

function isStatusFilter(value: string | null): value is StatusFilter {
  return statusFilters.some((status) => status === value);
}

/** Reads ?status=…&q=… ; anything unknown falls back to all statuses and no search. */
export function readFilters(params: URLSearchParams): RegistrantFilters {
  const status = params.get("status");
  return {
    status: isStatusFilter(status) ? status : "all",
    search: (params.get("q") ?? "").slice(0, SEARCH_MAX_LENGTH),
  };
}

/** The same address with the filters written in; defaults are left out so the plain address is the default. */
export function writeFilters(params: URLSearchParams, filters: RegistrantFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  if (filters.status === "all") next.delete("status");
  else next.set("status", filters.status);
  const search = filters.search.trim();
  if (search === "") next.delete("q");
  else next.set("q", search);
  return next;
}

/** What the API's registrants query takes for these filters. */
export function queryInput(
  eventId: string,
  filters: RegistrantFilters,
): { eventId: string; status?: RegistrationStatus; search?: string } {
  const search = filters.search.trim();
  return {
    eventId,
    ...(filters.status === "all" ? {} : { status: filters.status }),
    ...(search === "" ? {} : { search }),
  };
}

/** How many registrations each status tab holds (over the whole event, whatever the filters). */
export function statusCounts(turnout: Turnout): Record<StatusFilter, number> {
  return {
    all: turnout.accepted + turnout.pending + turnout.rejected + turnout.cancelled,
    pending: turnout.pending,
    accepted: turnout.accepted,
    rejected: turnout.rejected,
    cancelled: turnout.cancelled,
  };
}
