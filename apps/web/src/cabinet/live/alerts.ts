/**
 * When a visitor writes in the booth chat while staff have the cabinet open: which messages count,
 * and how each is told (unread count, a toast, a browser notification), as plain functions.
 */
import type { ChatMessage } from "@pavilion/schema";

/** Where the staff member is when a message arrives, and what the browser allows. */
export interface AlertContext {
  /** The cabinet's Live tab (with the chat) is open. */
  onLiveTab: boolean;
  /** The browser tab is in front (document.visibilityState). */
  pageVisible: boolean;
  permission: NotificationPermission | "unsupported";
}

/** How a new visitor message is told. */
export interface AlertPlan {
  /** It counts as unread: the chat is not in front of them. */
  unread: boolean;
  /** A toast in the cabinet: they are on another tab of the cabinet. */
  toast: boolean;
  /** A browser notification: the page is in the background and notifications are allowed. */
  notify: boolean;
}

export function alertPlan({ onLiveTab, pageVisible, permission }: AlertContext): AlertPlan {
  return {
    unread: !(onLiveTab && pageVisible),
    toast: !onLiveTab,
    notify: !pageVisible && permission === "granted",
  };
}

/** Whether a message is worth telling staff about: a visitor's, not their own or a colleague's. */
export function isFromVisitor(message: ChatMessage, selfId: string): boolean {
  return message.author.role === "visitor" && message.author.id !== selfId;
}

/** The messages among `messages` not seen before, in order; `seen` gains their ids. */
export function takeFresh(seen: Set<string>, messages: readonly ChatMessage[]): ChatMessage[] {
  const fresh: ChatMessage[] = [];
  for (const message of messages) {
    if (seen.has(message.id)) continue;
    seen.add(message.id);
    fresh.push(message);
  }
  return fresh;
}

const UNREAD_PREFIX = /^\(\d+\)\s/;

/** The page title with "(N) " in front while N messages are unread, and without it otherwise. */
export function titleWithUnread(title: string, unread: number): string {
  const bare = title.replace(UNREAD_PREFIX, "");
  return unread > 0 ? `(${unread}) ${bare}` : bare;
}

/** The start of a message for a toast: one line, cut at a word near `max` characters. */
export function messageStart(body: string, max = 80): string {
  const line = body.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
