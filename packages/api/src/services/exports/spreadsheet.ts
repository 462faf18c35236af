/** A table of text cells as the files people open in Excel: .xlsx, and CSV that Excel reads as UTF-8. */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

export interface TextTable {
  sheetName: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

/** Characters of the longest line in a column, kept between a readable minimum and maximum. */
function columnWidth(table: TextTable, index: number): number {
  const cells = [table.headers[index] ?? "", ...table.rows.map((row) => row[index] ?? "")];
  const longest = Math.max(...cells.flatMap((cell) => cell.split("\n").map((line) => [...line].length)));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

// Excel forbids these in sheet names and cuts them at 31 characters.
const sheetNameOf = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet1";

/** An .xlsx workbook: a bold header row frozen in place with an autofilter, columns as wide as their text. */
export async function xlsxOf(table: TextTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pavilion";
  const sheet = workbook.addWorksheet(sheetNameOf(table.sheetName), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = table.headers.map((header, index) => ({
    header,
    width: columnWidth(table, index),
    // Text cells throughout: phone numbers keep their "+" and leading zeros, dates stay as shown.
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  if (table.headers.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1 + table.rows.length, column: table.headers.length },
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * CSV with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends and quotes where needed.
 * A cell starting like a formula (= + - @) gets a leading apostrophe: registrants type these
 * values, and a spreadsheet must show them, never run them.
 */
export function csvOf(table: TextTable): Buffer {
  const text = stringify([[...table.headers], ...table.rows.map((row) => [...row])], {
    bom: true,
    record_delimiter: "windows",
    escape_formulas: true,
  });
  return Buffer.from(text, "utf8");
}
