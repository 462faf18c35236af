/** Where a chat list should scroll after its messages changed, decided from plain numbers. */

/** Closer than this to the bottom counts as "at the bottom" (a line's height, about). */
export const BOTTOM_SLACK_PX = 48;

export interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Whether the reader is looking at the newest messages. */
export function isAtBottom(box: ScrollBox): boolean {
  return box.scrollHeight - box.scrollTop - box.clientHeight <= BOTTOM_SLACK_PX;
}

export interface ListEdges {
  firstId: string | undefined;
  lastId: string | undefined;
  /** The list's scrollHeight when these were the edges. */
  height: number;
}

/**
 * The scrollTop to set after the list changed from `before` to `after`, or null to leave it:
 * to the bottom when the reader was there (or wrote the new message); kept in place over the
 * same messages when older ones were added above; else untouched, so nobody reading back is
 * pulled away.
 */
export function nextScrollTop(
  before: ListEdges,
  after: ListEdges,
  box: ScrollBox,
  wasAtBottom: boolean,
  newestIsOwn: boolean,
): number | null {
  const newAtEnd = after.lastId !== before.lastId;
  if (newAtEnd && (wasAtBottom || newestIsOwn)) return box.scrollHeight;
  if (!newAtEnd && after.firstId !== before.firstId && before.firstId !== undefined) {
    return box.scrollTop + (after.height - before.height);
  }
  return null;
}
