import { describe, expect, it } from "vitest";
import { ftsQuery, searchTerms, wordStartPattern } from "./terms.ts";

describe("search terms", () => {
  it("keeps only words, lower-cased, with ё read as е", () => {
    expect(searchTerms('  Ёлка "МОСК*  (tech) ')).toEqual(["елка", "моск", "tech"]);
  });

  it("finds no terms in punctuation and FTS syntax", () => {
    expect(searchTerms('"*(')).toEqual([]);
    expect(searchTerms("AND OR NOT ^ : - +")).toEqual(["and", "or", "not"]);
  });

  it("quotes each term as an FTS5 prefix, so keywords are plain words", () => {
    expect(ftsQuery(["not", "моск"])).toBe('"not"* "моск"*');
  });

  it("matches a term at a word start in any case on PostgreSQL, whatever the locale", () => {
    const pattern = new RegExp(wordStartPattern("моск"));
    expect(pattern.test("Московский университет")).toBe(true);
    expect(pattern.test("ЦЕНТР «МОСКВА»")).toBe(true);
    expect(pattern.test("Подмосковье")).toBe(false);
    expect(new RegExp(wordStartPattern("елка")).test("Ёлка")).toBe(true);
  });
});
