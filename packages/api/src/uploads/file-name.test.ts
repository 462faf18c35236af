import { describe, expect, it } from "vitest";
import { sanitizeFileName, withExtension } from "./file-name.ts";

describe("sanitizeFileName", () => {
  it("keeps only the last path segment, whichever slash separates", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("C:\\Users\\anna\\Прайс 2026.pdf")).toBe("Прайс 2026.pdf");
  });

  it("strips control characters, NUL and extension-disguising bidi marks", () => {
    expect(sanitizeFileName("price\u0000.pdf\u0007")).toBe("price.pdf");
    expect(sanitizeFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
  });

  it("drops leading dots and collapses whitespace", () => {
    expect(sanitizeFileName("..hidden")).toBe("hidden");
    expect(sanitizeFileName("  .env ")).toBe("env");
    expect(sanitizeFileName("my \t  slides\n.pptx")).toBe("my slides .pptx");
  });

  it("is never empty", () => {
    for (const name of ["", "...", "/", "\u0000\u0001", "   "]) expect(sanitizeFileName(name)).toBe("file");
  });

  it("shortens long names to 120 characters, keeping the extension", () => {
    const long = sanitizeFileName(`${"я".repeat(300)}.pdf`);
    expect([...long]).toHaveLength(120);
    expect(long.endsWith("я.pdf")).toBe(true);
  });
});

describe("withExtension", () => {
  it("gives a re-encoded file the extension of what is kept", () => {
    expect(withExtension("photo.HEIC.jpg", "webp")).toBe("photo.HEIC.webp");
    expect(withExtension("clip.MOV", "mp4")).toBe("clip.mp4");
    expect(withExtension("Price.PDF", "pdf")).toBe("Price.PDF");
    expect(withExtension("deck", "pptx")).toBe("deck.pptx");
  });
});
