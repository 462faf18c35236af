/**
 * An exhibitor's leads table: filtered, searched, sorted and paged in SQL on the exhibitor's
 * indexes. Search and sorting by name read the lead's stored contacts (contact-sync.ts), which
 * are null while the visitor's consent does not stand: hidden contacts never match.
 */
import type { Database } from "@pavilion/db";
import type { LeadsPage } from "@pavilion/schema";
import { type SqlBool, sql } from "kysely";
import { fold } from "./contact-sync.ts";
import { filteredLeads, type LeadsFilter } from "./filters.ts";
import { LEAD_COLUMNS, type LeadBasics, leadRows } from "./rows.ts";
import type { LeadsContext } from "./scope.ts";

export interface LeadsPageRequest extends LeadsFilter {
  offset: number;
  /** Null: every matching lead (exports). */
  limit: number | null;
}

const SORT_COLUMN = {
  warmth: "leads.warmth_base",
  lastActivity: "leads.last_activity_at",
  created: "leads.created_at",
} as const;

type LeadsQuery = ReturnType<typeof filteredLeads>;

/** A LIKE pattern for text anywhere in the value (%, _ and \ taken literally). */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function likeIn(pattern: string) {
  return sql<SqlBool>`${sql.ref("leads.contact_search")} like ${pattern} escape '\\'`;
}

/** Leads whose visible name, company, e-mail or phone contains the search (a phone also by its digits). */
export function searched(query: LeadsQuery, search: string): LeadsQuery {
  const digits = /^[\d\s()+-]+$/.test(search) ? search.replace(/\D/g, "") : "";
  const patterns = [containing(fold(search)), ...(digits.length >= 3 ? [containing(digits)] : [])];
  return query.where((eb) => eb.or(patterns.map(likeIn)));
}

async function countOf(query: LeadsQuery): Promise<number> {
  const row = await query
    .select((eb) => eb.fn.countAll<number | string>().as("total"))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

function paged<Q extends { limit(n: number): Q; offset(n: number): Q }>(
  query: Q,
  offset: number,
  limit: number | null,
): Q {
  // SQLite takes OFFSET only after LIMIT; every lead (an export) starts at the first anyway.
  return limit === null ? query : query.limit(limit).offset(offset);
}

/** By name: visitors with a visible name in order, then those without consent (no name) by id. */
async function byName(query: LeadsQuery, request: LeadsPageRequest): Promise<LeadBasics[]> {
  const named = query.where("leads.contact_name", "is not", null);
  const namedCount = await countOf(named);
  const { offset, limit, direction } = request;
  const rows: LeadBasics[] =
    offset < namedCount
      ? await paged(
          named.select(LEAD_COLUMNS).orderBy("leads.contact_name", direction).orderBy("leads.id", direction),
          offset,
          limit,
        ).execute()
      : [];
  const rest = limit === null ? null : limit - rows.length;
  if (rest === 0) return rows;
  const hidden = query.where("leads.contact_name", "is", null).select(LEAD_COLUMNS).orderBy("leads.id");
  return [...rows, ...(await paged(hidden, Math.max(0, offset - namedCount), rest).execute())];
}

/** The page of leads the request asks for and how many match in all. */
export async function findLeads(
  db: Database,
  ctx: LeadsContext,
  request: LeadsPageRequest,
  now: Date,
): Promise<LeadsPage> {
  let query = filteredLeads(db, ctx, request, now);
  const search = request.search?.trim() ?? "";
  if (search !== "") query = searched(query, search);
  const sorted = async (): Promise<LeadBasics[]> => {
    if (request.sort === "name") return byName(query, request);
    const column = SORT_COLUMN[request.sort];
    const ordered = query
      .select(LEAD_COLUMNS)
      .orderBy(column, request.direction)
      .orderBy("leads.id", request.direction);
    return paged(ordered, request.offset, request.limit).execute();
  };
  const [leads, total] = await Promise.all([sorted(), countOf(query)]);
  return { rows: await leadRows(db, ctx, leads, now), total };
}
