/** Words for the review queue's diff: which field changed, and its values as people read them. */
import type { Translate } from "../../lib/errors.ts";

const isoMoments = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** "Title (Russian)", "Agenda item 3", "Start" for the API's field path ("title.ru", "agenda.2", "startsAt"). */
export function changeFieldLabel(field: string, t: Translate): string {
  const item = /^agenda\.(\d+)$/.exec(field);
  if (item) return t("authoring:review.agendaItem", { n: Number(item[1]) + 1 });
  return t(`errors:fieldNames.event.${field}`, { defaultValue: field });
}

/** A changed value with every moment in it (an agenda item's start too) in the exhibition's zone; nothing as "—". */
export function changeValue(value: string | null, format: (iso: string) => string): string {
  if (value === null || value.trim() === "") return "—";
  return value.replace(isoMoments, (iso) => (Number.isFinite(Date.parse(iso)) ? format(iso) : iso));
}
