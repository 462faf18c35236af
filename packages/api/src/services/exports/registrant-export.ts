/** The registrants' file an event's hosts and organisers download: .xlsx or .csv. */
import type { Database } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";
import type { SessionUser } from "@pavilion/schema";
import { fileNameOf } from "../programme/calendar-files.ts";
import { loadRegistrants, openRegistrantExport, registrantTable } from "./registrants.ts";
import { csvOf, xlsxOf } from "./spreadsheet.ts";

export type RegistrantExportFormat = "xlsx" | "csv";

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<RegistrantExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

/**
 * The event's registrants (only this event's) in the requester's language. Throws
 * "auth.signInRequired", ForbiddenError for anyone but the event's hosts and organisers,
 * NotFoundError for an unknown event.
 */
export async function registrantExport(
  db: Database,
  user: SessionUser | null,
  eventId: string,
  locale: SupportedLocale,
  format: RegistrantExportFormat,
): Promise<ExportFile> {
  const event = await openRegistrantExport(db, user, eventId);
  const table = registrantTable(event, await loadRegistrants(db, event.id), locale);
  const body = format === "xlsx" ? await xlsxOf(table) : csvOf(table);
  return { fileName: fileNameOf(table.fileBaseName, format), contentType: CONTENT_TYPES[format], body };
}
