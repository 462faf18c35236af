/**
 * People already stored in a unique count (stat_uniques), remembered per database handle so a
 * visitor seen again (the same day, the same floor) costs no insert. Only what a committed batch
 * stored is remembered, and stored rows are never removed, so a remembered key is always true;
 * a forgotten one only costs an insert that finds the row there.
 */
const LIMIT = 300_000;
const caches = new WeakMap<object, Set<string>>();

/** The remembered keys of the database handle's unique counts. */
export function knownUniques(db: object): Set<string> {
  let known = caches.get(db);
  if (!known) {
    known = new Set();
    caches.set(db, known);
  }
  return known;
}

/** Remembers keys a committed batch stored; starts over when the set grows past its limit. */
export function rememberUniques(known: Set<string>, keys: readonly string[]): void {
  if (known.size + keys.length > LIMIT) known.clear();
  for (const key of keys) known.add(key);
}
