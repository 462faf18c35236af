/**
 * A person's search text as search terms, and each term in the query language of
 * the engine: an FTS5 prefix query on SQLite, a case-blind word-start regular
 * expression on PostgreSQL. Terms hold only letters and digits, so no user input
 * ever reaches either engine's syntax.
 */

const MAX_TERMS = 8;
// Letters of the Latin and Cyrillic alphabets and digits: what counts as inside a word on PostgreSQL.
const WORD_CHARS = "0-9A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF";

/** The words of a query, lower-cased, with ё read as е (as the SQLite index stores it); at most 8. */
export function searchTerms(query: string): string[] {
  const words =
    query
      .normalize("NFC")
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** An FTS5 query matching rows that have every term as the start of a word. */
export function ftsQuery(terms: readonly string[]): string {
  return terms.map((term) => `"${term}"*`).join(" ");
}

function caseBlind(char: string): string {
  if (char === "е") return "[еёЕЁ]";
  const variants = new Set([char, char.toUpperCase(), char.toLowerCase()].filter((c) => [...c].length === 1));
  return variants.size > 1 ? `[${[...variants].join("")}]` : char;
}

/**
 * A PostgreSQL regular expression (for `~`) matching the term at the start of a word in
 * any letter case. Spelled out letter by letter so it does not depend on the database locale.
 */
export function wordStartPattern(term: string): string {
  const body = [...term].map(caseBlind).join("");
  return `(^|[^${WORD_CHARS}])${body}`;
}
