/**
 * The approved-exhibitor lookup of the hot write paths (booth visits and leaves), remembered for a
 * few seconds per database handle: thousands of visitors entering booths would otherwise ask the
 * same question thousands of times a second. A booth taken off the floor may still take visits
 * for those few seconds; an unknown one is asked about every time (NotFoundError).
 */
import type { Database } from "@pavilion/db";
import { approvedExhibitor } from "./bookmarks.ts";

const FRESH_MS = 5_000;
const MAX_ENTRIES = 20_000;

interface Entry {
  exhibitor: { id: string; exhibition_id: string };
  until: number;
}

const caches = new WeakMap<Database, Map<string, Entry>>();

/** The approved exhibitor's id and exhibition, from the last few seconds' answer when there is one. */
export async function approvedExhibitorCached(db: Database, exhibitorId: string) {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const now = Date.now();
  const hit = cache.get(exhibitorId);
  if (hit && hit.until > now) return hit.exhibitor;
  const exhibitor = await approvedExhibitor(db, exhibitorId);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(exhibitorId, { exhibitor, until: now + FRESH_MS });
  return exhibitor;
}
