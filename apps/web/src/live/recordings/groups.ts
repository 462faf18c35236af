/** The recordings library as the page shows it: filtered, grouped by company. Plain functions. */
import type { RecordingItem } from "@pavilion/schema";
import { type Locale, pickText } from "../../i18n/locale.ts";

/** The company filter's value for the organiser's own programme (no exhibitor). */
export const PROGRAMME = "programme";

/** The filter value naming a recording's host: its exhibitor id, or PROGRAMME. */
export function hostKey(item: RecordingItem): string {
  return item.host.exhibitorId ?? PROGRAMME;
}

export interface RecordingGroup {
  key: string;
  /** null for the exhibition's programme. */
  exhibitorId: string | null;
  /** The company's name in the reader's language; empty for the programme. */
  name: string;
  items: RecordingItem[];
}

const newestFirst = (a: RecordingItem, b: RecordingItem) => Date.parse(b.startsAt) - Date.parse(a.startsAt);

/** One group per host: the programme first, then companies by name; newest recordings first in each. */
export function groupRecordings(items: readonly RecordingItem[], locale: Locale): RecordingGroup[] {
  const groups = new Map<string, RecordingGroup>();
  for (const item of items) {
    const key = hostKey(item);
    let group = groups.get(key);
    if (!group) {
      group = { key, exhibitorId: item.host.exhibitorId, name: pickText(item.host.name, locale), items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  const collator = new Intl.Collator(locale);
  return [...groups.values()]
    .map((group) => ({ ...group, items: group.items.sort(newestFirst) }))
    .sort((a, b) =>
      a.exhibitorId === null ? -1 : b.exhibitorId === null ? 1 : collator.compare(a.name, b.name),
    );
}

/** The choices of the company filter: every host that has a recording, by name. */
export function hostOptions(
  items: readonly RecordingItem[],
  locale: Locale,
): { value: string; name: string }[] {
  return groupRecordings(items, locale).map((group) => ({ value: group.key, name: group.name }));
}

/** The recordings of the chosen host ("" for all) whose title, in either language, contains the query. */
export function filterRecordings(
  items: readonly RecordingItem[],
  { host, query }: { host: string; query: string },
): RecordingItem[] {
  const needle = query.trim().toLocaleLowerCase();
  return items.filter(
    (item) =>
      (host === "" || hostKey(item) === host) &&
      (needle === "" ||
        item.title.ru.toLocaleLowerCase().includes(needle) ||
        item.title.en.toLocaleLowerCase().includes(needle)),
  );
}
