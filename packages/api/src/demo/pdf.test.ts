import { describe, expect, it } from "vitest";
import { demoPdfs } from "./materials.ts";
import { buildPdf } from "./pdf.ts";

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("buildPdf", () => {
  it("writes a PDF 1.4 file that starts with %PDF- and ends with %%EOF", () => {
    const text = latin1(buildPdf({ title: "Admission rules", lines: ["Line one", "Line two"] }));
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text.endsWith("%%EOF")).toBe(true);
  });

  it("points every cross-reference entry and startxref at the right byte", () => {
    const text = latin1(buildPdf({ title: "Catalogue", lines: ["A (bracketed) line \\ with escapes"] }));
    const startxref = Number(/startxref\n(\d+)\n%%EOF$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 5)).toBe("xref\n");
    const entries = text.slice(startxref).split("\n").slice(3, 10);
    entries.forEach((entry, index) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      const header = `${index + 1} 0 obj\n`;
      expect(text.slice(offset, offset + header.length)).toBe(header);
    });
  });

  it("gives the content stream its exact length", () => {
    const text = latin1(buildPdf({ title: "Fees", lines: ["Tuition can be paid per term."] }));
    const match = /<< \/Length (\d+) >>\nstream\n/.exec(text);
    const start = (match?.index ?? 0) + (match?.[0].length ?? 0);
    expect(text.slice(start + Number(match?.[1]), start + Number(match?.[1]) + 10)).toBe("\nendstream");
  });

  it("escapes brackets and replaces characters Helvetica cannot show", () => {
    const text = latin1(buildPdf({ title: "Выставка (2026)", lines: [] }));
    expect(text).toContain("(???????? \\(2026\\)) Tj");
  });

  it("makes five distinct demo documents", () => {
    const pdfs = demoPdfs();
    expect(pdfs).toHaveLength(5);
    expect(new Set(pdfs.map(latin1)).size).toBe(5);
  });
});
