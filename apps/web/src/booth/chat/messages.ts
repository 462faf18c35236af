/**
 * The chat's messages as one list, whatever way they came: history pages, the answer to our own
 * send, and live data packets. Pure functions; the panel keeps the state in a reducer.
 */
import type { ChatMessage } from "@pavilion/schema";

export interface ChatLog {
  /** Oldest first, each id once. */
  messages: ChatMessage[];
  /** Ids deleted by a moderator: a late history page or packet does not bring them back. */
  deleted: ReadonlySet<string>;
  /** Whether older messages than the first one may exist (a full history page came back). */
  hasOlder: boolean;
  /** Whether a page of history has come back yet. */
  loaded: boolean;
}

export const emptyChatLog: ChatLog = { messages: [], deleted: new Set(), hasOlder: false, loaded: false };

function byTime(a: ChatMessage, b: ChatMessage): number {
  const diff = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return diff !== 0 ? diff : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** `current` and `incoming` together, oldest first, one per id (the incoming copy wins). */
export function mergeMessages(
  current: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
  deleted: ReadonlySet<string> = new Set(),
): ChatMessage[] {
  const byId = new Map<string, ChatMessage>();
  for (const message of [...current, ...incoming]) {
    if (!deleted.has(message.id)) byId.set(message.id, message);
  }
  return [...byId.values()].sort(byTime);
}

/**
 * The log after the newest page of history: the page is the whole truth for the time it spans,
 * so a message in that span the page lacks was deleted while no packet told us (polling).
 */
export function applyLatestPage(log: ChatLog, page: readonly ChatMessage[], limit: number): ChatLog {
  const first = page[0];
  const last = page.at(-1);
  if (!first || !last) return { ...log, loaded: true };
  const from = Date.parse(first.createdAt);
  const to = Date.parse(last.createdAt);
  const outside = log.messages.filter((message) => {
    const at = Date.parse(message.createdAt);
    return at < from || at > to;
  });
  const messages = mergeMessages(outside, page, log.deleted);
  // The first page tells whether there is more; later ones only refresh the newest messages.
  const hasOlder = log.loaded ? log.hasOlder : page.length >= limit;
  return { ...log, messages, hasOlder, loaded: true };
}

/** The log after a page older than what it holds. */
export function applyOlderPage(log: ChatLog, page: readonly ChatMessage[], limit: number): ChatLog {
  return { ...log, messages: mergeMessages(log.messages, page, log.deleted), hasOlder: page.length >= limit };
}

/** The log with one more message (sent by us or arrived live). */
export function addMessage(log: ChatLog, message: ChatMessage): ChatLog {
  return { ...log, messages: mergeMessages(log.messages, [message], log.deleted) };
}

/** The log without a deleted message, which stays out from now on. */
export function removeMessage(log: ChatLog, id: string): ChatLog {
  const deleted = new Set(log.deleted).add(id);
  return { ...log, messages: log.messages.filter((message) => message.id !== id), deleted };
}
