/** An event's registrants and turnout, for its hosts and organisers (the check-in list, exports). */
import type { Registration } from "@pavilion/db";
import type { Registrants, RegistrationStatus, SessionUser, Turnout } from "@pavilion/schema";
import { openEventToManage, type RegistrationDeps } from "./context.ts";
import { type RegistrantRow, registrantRows, toRegistrant } from "./rows.ts";

export interface RegistrantsQuery {
  eventId: string;
  status?: RegistrationStatus | undefined;
  search?: string | undefined;
}

/** The event's registrants (filtered), in list order, with the whole event's turnout. */
export async function listRegistrants(
  deps: Pick<RegistrationDeps, "db" | "now">,
  user: SessionUser,
  query: RegistrantsQuery,
): Promise<Registrants> {
  const event = await openEventToManage(deps.db, user, query.eventId);
  const rows = await registrantRows(deps.db, event.id)
    .orderBy("r.last_name")
    .orderBy("r.first_name")
    .orderBy("r.created_at")
    .execute();
  const shown = rows.filter(
    (row) => (!query.status || row.status === query.status) && matches(row, query.search ?? ""),
  );
  return {
    event: {
      ...{ id: event.id, title: { ru: event.title_ru, en: event.title_en } },
      ...{ startsAt: event.starts_at, endsAt: event.ends_at, timezone: event.timezone },
      ...{ capacity: event.capacity, mode: event.registration_mode },
    },
    registrants: shown.map((row) => toRegistrant(row, event, deps.now)),
    turnout: turnout(rows),
    exports: { xlsx: `/events/${event.id}/registrants.xlsx`, csv: `/events/${event.id}/registrants.csv` },
  };
}

// Filtered here rather than in SQL: SQLite's lower() folds only ASCII, and Cyrillic names must match.
function matches(row: RegistrantRow, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase();
  if (needle === "") return true;
  const names = [`${row.first_name} ${row.last_name}`, `${row.last_name} ${row.first_name}`];
  const haystack = [...names, row.company, row.email, row.phone];
  return haystack.some((text) => text.toLocaleLowerCase().includes(needle));
}

/** Registered counts accepted and pending; attended counts accepted people who joined or checked in. */
export function turnout(rows: Pick<Registration, "status" | "attended_at" | "checked_in_at">[]): Turnout {
  const count = (status: RegistrationStatus) => rows.filter((row) => row.status === status).length;
  const accepted = count("accepted");
  const pending = count("pending");
  const attended = rows.filter(
    (row) => row.status === "accepted" && (row.attended_at !== null || row.checked_in_at !== null),
  ).length;
  return {
    ...{ registered: accepted + pending, accepted, pending },
    ...{ rejected: count("rejected"), cancelled: count("cancelled"), attended },
    attendedPct: accepted === 0 ? null : Math.round((attended / accepted) * 1000) / 10,
  };
}
