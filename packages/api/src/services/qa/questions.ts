/**
 * Reading an event's questions as one caller may see them: hosts and organisers every one, others
 * the approved, answered and done ones and their own; never deleted ones.
 */
import type { Database } from "@pavilion/db";
import type { Question, SessionUser } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { eventChatRoom } from "../chat/open-chat.ts";
import type { EventForCaller } from "../events/event-access.ts";
import { inQueueOrder } from "./order.ts";

/** Whose view of an event's queue to read. */
export interface QaViewer {
  eventId: string;
  /** Null when signed out. */
  userId: string | null;
  /** Hosts and organisers: see every question and decide on them. */
  canModerate: boolean;
}

/** The viewer the caller is at this event. */
export function viewerOf(caller: EventForCaller, user: SessionUser | null): QaViewer {
  return {
    eventId: caller.event.id,
    userId: user?.id ?? null,
    canModerate: caller.isHost || caller.isOrganiser,
  };
}

const PUBLIC_STATUSES = ["approved", "answered", "done"] as const;

function visibleQuestions(db: Database, viewer: QaViewer) {
  const { userId } = viewer;
  let query = db
    .selectFrom("messages")
    .innerJoin("users", "users.id", "messages.user_id")
    .select(["messages.id", "messages.body", "messages.created_at", "messages.user_id"])
    .select(["messages.question_status", "messages.answer", "users.name as author_name"])
    .select((eb) =>
      eb
        .selectFrom("question_votes")
        .select((votes) => votes.fn.countAll().as("n"))
        .whereRef("question_votes.message_id", "=", "messages.id")
        .as("votes"),
    )
    .where("messages.room", "=", eventChatRoom(viewer.eventId))
    .where("messages.kind", "=", "question")
    .where("messages.deleted_at", "is", null);
  if (!viewer.canModerate) {
    query = query.where((eb) =>
      eb.or([
        eb("messages.question_status", "in", PUBLIC_STATUSES),
        ...(userId === null ? [] : [eb("messages.user_id", "=", userId)]),
      ]),
    );
  }
  return query;
}

async function votedBy(db: Database, viewer: QaViewer, ids: string[]): Promise<Set<string>> {
  if (viewer.userId === null || ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("question_votes")
    .select("message_id")
    .where("user_id", "=", viewer.userId)
    .where("message_id", "in", ids)
    .execute();
  return new Set(rows.map((row) => row.message_id));
}

async function toQuestions(
  db: Database,
  viewer: QaViewer,
  rows: Awaited<ReturnType<ReturnType<typeof visibleQuestions>["execute"]>>,
): Promise<Question[]> {
  const voted = await votedBy(
    db,
    viewer,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    createdAt: row.created_at,
    author: { id: row.user_id, name: row.author_name },
    status: row.question_status ?? "pending",
    answer: row.answer,
    votes: Number(row.votes ?? 0),
    votedByMe: voted.has(row.id),
    mine: row.user_id === viewer.userId,
  }));
}

/** The event's queue as the viewer may see it, in queue order. */
export async function questionsFor(db: Database, viewer: QaViewer): Promise<Question[]> {
  return inQueueOrder(await toQuestions(db, viewer, await visibleQuestions(db, viewer).execute()));
}

/** One question as the viewer sees it; NotFoundError when it is not one of the event's they may see. */
export async function questionFor(db: Database, viewer: QaViewer, id: string): Promise<Question> {
  const rows = await visibleQuestions(db, viewer).where("messages.id", "=", id).execute();
  const [question] = await toQuestions(db, viewer, rows);
  if (!question) throw new NotFoundError("question");
  return question;
}
