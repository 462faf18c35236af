/** The recordings library: recordings per event and booth, as far as each event's rights allow. */
export function RecordingsPage() {
  return null;
}
