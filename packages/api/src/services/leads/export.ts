/**
 * The exhibitor's leads as .xlsx or CSV for its team: the same filters as the table (read from the
 * query string), every matching lead, headers in the reader's language, times in the exhibition's
 * zone, contacts blank where the visitor's consent does not stand.
 */
import type { Database } from "@pavilion/db";
import { type SupportedLocale, translate } from "@pavilion/i18n";
import { type LeadRow, leadsListInput, type SessionUser } from "@pavilion/schema";
import { AppError, ForbiddenError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";
import { companyName, inLanguage } from "../cabinet/names.ts";
import type { ExportFile, RegistrantExportFormat } from "../exports/registrant-export.ts";
import { localTime } from "../exports/registrants.ts";
import { csvOf, type TextTable, xlsxOf } from "../exports/spreadsheet.ts";
import { fileNameOf } from "../programme/calendar-files.ts";
import { findLeads } from "./list.ts";
import { readingLeads } from "./scope.ts";

export type LeadExportFormat = RegistrantExportFormat;

export const LEAD_EXPORT_COLUMNS = [
  "name",
  "company",
  "position",
  "email",
  "phone",
  "consent",
  "source",
  "status",
  "warmth",
  "band",
  "assignee",
  "created",
  "lastActivity",
  "notes",
] as const;
type Column = (typeof LEAD_EXPORT_COLUMNS)[number];

const CONTENT_TYPES: Record<LeadExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};
const LIST_FIELDS = new Set(["warmth", "source", "status"]);

/** A query string's values as leadsListInput reads them: lists from repeats or commas, the rest single. */
export function filterFromQuery(query: Record<string, unknown>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (key === "offset" || key === "limit" || key === "exhibitorId") continue;
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string");
    if (LIST_FIELDS.has(key)) filter[key] = values.flatMap((v) => v.split(",")).filter((v) => v !== "");
    else if (values[0] !== undefined && values[0] !== "") filter[key] = values[0];
  }
  return filter;
}

function cellsOf(row: LeadRow, locale: SupportedLocale, timeZone: string): Record<Column, string> {
  const t = (key: string) => translate(locale, `leadExports:${key}`);
  const v = row.visitor;
  return {
    ...{ name: v.name ?? "", company: v.company ?? "", position: v.position ?? "" },
    ...{ email: v.email ?? "", phone: v.phone ?? "", consent: t(v.consent ? "consent.yes" : "consent.no") },
    ...{ source: t(`source.${row.source}`), status: t(`status.${row.status}`) },
    ...{ warmth: String(row.warmth), band: t(`band.${row.band}`), assignee: row.assignee?.name ?? "" },
    created: localTime(row.createdAt, timeZone),
    lastActivity: localTime(row.lastActivityAt, timeZone),
    notes: String(row.notes),
  };
}

/**
 * The file for a member of the exhibitor. "auth.signInRequired" for nobody signed in,
 * ForbiddenError for anyone off its team, "validation.invalid" for a filter that does not parse.
 */
export async function leadExport(
  db: Database,
  user: SessionUser | null,
  exhibitorId: string,
  query: Record<string, unknown>,
  locale: SupportedLocale,
  format: LeadExportFormat,
  now: Date,
): Promise<ExportFile> {
  if (!user) throw new AppError("auth.signInRequired");
  if (!isMemberOf(user, exhibitorId)) throw new ForbiddenError();
  const parsed = leadsListInput.safeParse({ ...filterFromQuery(query), exhibitorId });
  if (!parsed.success) throw new AppError("validation.invalid");
  const ctx = await readingLeads(db, exhibitorId, now);
  const { rows } = await findLeads(db, ctx, { ...parsed.data, offset: 0, limit: null }, now);
  const company = inLanguage(await companyName(db, exhibitorId), locale);
  const table: TextTable = {
    sheetName: translate(locale, "leadExports:sheet"),
    headers: LEAD_EXPORT_COLUMNS.map((c) =>
      translate(locale, `leadExports:columns.${c}`, { zone: ctx.timeZone }),
    ),
    rows: rows.map((row) => {
      const cells = cellsOf(row, locale, ctx.timeZone);
      return LEAD_EXPORT_COLUMNS.map((column) => cells[column]);
    }),
  };
  const body = format === "xlsx" ? await xlsxOf(table) : csvOf(table);
  const fileName = fileNameOf(translate(locale, "leadExports:fileName", { company }), format);
  return { fileName, contentType: CONTENT_TYPES[format], body };
}
