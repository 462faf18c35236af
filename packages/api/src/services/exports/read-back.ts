/** For tests: reads an exported .xlsx back as rows of text and the formatting a person would notice. */
import ExcelJS from "exceljs";

export interface ReadWorkbook {
  sheetName: string;
  rows: string[][];
  headerBold: boolean;
  /** Rows frozen at the top (1 for a frozen header). */
  frozenRows: number;
  autoFilter: string | null;
  widths: number[];
}

/** The first sheet of the workbook as text. */
export async function readXlsx(bytes: ArrayBuffer | Uint8Array): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs reads an ArrayBuffer (its own Buffer type is declared as one).
  const buffer = bytes instanceof Uint8Array ? new Uint8Array(bytes).buffer : bytes;
  await workbook.xlsx.load(buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(row.getCell(column).text);
    rows.push(cells);
  });
  const view = sheet.views[0];
  const filter = sheet.autoFilter;
  return {
    sheetName: sheet.name,
    rows,
    headerBold: sheet.getRow(1).getCell(1).font?.bold === true,
    frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
    autoFilter: typeof filter === "string" ? filter : filter ? JSON.stringify(filter) : null,
    widths: sheet.columns.map((column) => column.width ?? 0),
  };
}

/** Parses CSV as RFC 4180 describes it (quoted fields, doubled quotes, CRLF), for checking exports. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
