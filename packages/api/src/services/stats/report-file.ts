/** A workbook of several sheets whose figures stay numbers (so a spreadsheet can sum and chart them). */
import ExcelJS from "exceljs";

export type ReportCell = string | number;

export interface ReportSheet {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly ReportCell[])[];
}

const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

function columnWidth(sheet: ReportSheet, index: number): number {
  const cells = [sheet.headers[index] ?? "", ...sheet.rows.map((row) => String(row[index] ?? ""))];
  const longest = Math.max(...cells.map((cell) => [...cell].length));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

// Excel forbids these in sheet names and cuts them at 31 characters.
const sheetNameOf = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet";

/** An .xlsx with one sheet per entry: a bold, frozen header row and columns as wide as their text. */
export async function workbookOf(sheets: readonly ReportSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pavilion";
  for (const entry of sheets) {
    const sheet = workbook.addWorksheet(sheetNameOf(entry.name), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = entry.headers.map((header, index) => ({ header, width: columnWidth(entry, index) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of entry.rows) sheet.addRow([...row]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
