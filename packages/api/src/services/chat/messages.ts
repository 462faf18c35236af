/** Reading chat messages with their authors, as clients show them. */
import type { Database } from "@pavilion/db";
import type { ChatAuthorRole, ChatMessage } from "@pavilion/schema";
import { sql } from "kysely";
import type { OpenChat } from "./open-chat.ts";

interface MessageRow {
  id: string;
  body: string;
  created_at: string;
  user_id: string;
  author_name: string;
  author_role: "visitor" | "organiser";
  author_member: string | null;
}

/** Staff of the exhibitor first (an organiser on its team writes as staff), then organisers. */
function roleOf(row: MessageRow): ChatAuthorRole {
  if (row.author_member !== null) return "staff";
  return row.author_role === "organiser" ? "organiser" : "visitor";
}

function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    body: row.body,
    createdAt: row.created_at,
    author: { id: row.user_id, name: row.author_name, role: roleOf(row) },
  };
}

/** The chat's messages with their authors, not deleted ones, for `where` to narrow and order. */
export function chatMessages(db: Database, chat: OpenChat) {
  const { exhibitorId } = chat;
  return db
    .selectFrom("messages")
    .innerJoin("users", "users.id", "messages.user_id")
    .leftJoin("members", (join) =>
      join
        .onRef("members.user_id", "=", "messages.user_id")
        // The organiser's programme has no team: nobody there writes as staff.
        .on((eb) =>
          exhibitorId === null ? sql<boolean>`1 = 0` : eb("members.exhibitor_id", "=", exhibitorId),
        ),
    )
    .select(["messages.id", "messages.body", "messages.created_at", "messages.user_id"])
    .select(["users.name as author_name", "users.role as author_role", "members.user_id as author_member"])
    .where("messages.room", "=", chat.room)
    .where("messages.kind", "=", "chat")
    .where("messages.deleted_at", "is", null);
}

/** Turns rows of chatMessages into what clients get. */
export function toChatMessages(rows: MessageRow[]): ChatMessage[] {
  return rows.map(toChatMessage);
}
