/** The Q&A queue as the panel shows it: grouped for hosts, what is new for the live region. Plain functions. */
import { type QaPacket, type Question, qaPacketSchema } from "@pavilion/schema";

/** The host's tabs, in the order a question moves through them. */
export const QUEUE_TABS = ["pending", "approved", "answered", "done"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

/** The questions of each tab, in the order the API gave them; rejected ones are on none. */
export function byTab(questions: readonly Question[]): Record<QueueTab, Question[]> {
  const tabs: Record<QueueTab, Question[]> = { pending: [], approved: [], answered: [], done: [] };
  for (const question of questions) {
    if (question.status !== "rejected") tabs[question.status].push(question);
  }
  return tabs;
}

/** Whether a question takes upvotes (the API refuses them on the others). */
export function canVote(question: Question): boolean {
  return question.status === "approved" || question.status === "answered";
}

/**
 * Questions that arrived since the last look (`known`, null before the first), not the caller's
 * own; `known` becomes the current ids. Hosts hear of new questions waiting for them, viewers of
 * newly approved ones.
 */
export function arrivals(
  known: ReadonlySet<string> | null,
  questions: readonly Question[],
  forHost: boolean,
): { arrived: Question[]; known: Set<string> } {
  const relevant = questions.filter((q) => (forHost ? q.status === "pending" : q.status === "approved"));
  const next = new Set(relevant.map((q) => q.id));
  if (known === null) return { arrived: [], known: next };
  return { arrived: relevant.filter((q) => !known.has(q.id) && !q.mine), known: next };
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The Q&A packet in a data message on QA_TOPIC, or null when it is not one. */
export function parseQaPacket(payload: Uint8Array): QaPacket | null {
  try {
    const parsed = qaPacketSchema.safeParse(JSON.parse(decoder.decode(payload)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Which tab comes after a key press on the tab list; null for keys the tabs do not use. */
export function tabAfterKey(current: QueueTab, key: string): QueueTab | null {
  const index = QUEUE_TABS.indexOf(current);
  const last = QUEUE_TABS.length - 1;
  switch (key) {
    case "ArrowRight":
      return QUEUE_TABS[index === last ? 0 : index + 1] ?? null;
    case "ArrowLeft":
      return QUEUE_TABS[index === 0 ? last : index - 1] ?? null;
    case "Home":
      return QUEUE_TABS[0];
    case "End":
      return QUEUE_TABS[last] ?? null;
    default:
      return null;
  }
}
