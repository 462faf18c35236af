/**
 * The senders: signed-in visitors posting to a booth's chat through the real API over HTTP
 * (tRPC chat.send), at a steady rate for a fixed time. A person may send 5 messages per fixed
 * 10 s window in one booth (packages/api/src/services/limits), so a step of `rate` messages a
 * second uses 2 x rate people of its own, each sending once every 2 s (5 times in the step) at
 * its own phase: at most 5 of anyone's messages fall in any window, and the rate is even.
 * The same schedule can also publish straight into the room, without the API (directSender).
 */
import { type LiveKitConfig, sendRoomJson } from "@pavilion/livekit";
import { CHAT_TOPIC, type ChatPacket } from "@pavilion/schema";
import { benchBody, wallNow } from "./receiver-protocol.ts";

const STEP_MS = 10_000;
const SENDS_PER_SENDER = 5;
const SPACING_MS = STEP_MS / SENDS_PER_SENDER;

/** Posts one message; resolves to null when it was accepted, else to why not. */
export type SendChat = (sender: number, key: string) => Promise<string | null>;

export interface ChatStepPlan {
  /** People sending in this step; each sends 5 times, every 2 s. */
  senders: number;
  /** Prefix of this step's message keys, unique in the run. */
  label: string;
  send: SendChat;
}

export interface ChatStepResult {
  /** Sends attempted over STEP_MS: 5 per sender. */
  attempted: number;
  offeredPerSec: number;
  /** Accepted messages: key and the wall time its API call started. */
  accepted: Array<[string, number]>;
  /** Sends the API refused or that failed, by reason. */
  failures: Record<string, number>;
  /** chat.send round trips of accepted messages, in ms. */
  apiLatenciesMs: number[];
  /** Wall time the first send started. */
  firstSendAt: number;
}

/** Senders a step at `rate` messages a second needs. */
export function sendersFor(rate: number): number {
  return Math.round((rate * STEP_MS) / 1000 / SENDS_PER_SENDER);
}

interface Send {
  at: number;
  sender: number;
  key: string;
}

function schedule(start: number, senders: number, label: string): Send[] {
  const sends: Send[] = [];
  for (let k = 0; k < SENDS_PER_SENDER; k++) {
    for (let sender = 0; sender < senders; sender++) {
      const at = start + (sender * SPACING_MS) / senders + k * SPACING_MS;
      sends.push({ at, sender, key: `${label}-${sender}-${k}` });
    }
  }
  return sends.sort((a, b) => a.at - b.at);
}

/** Sends 5 messages per sender over 10 s, evenly spread; resolves when every send has answered. */
export async function runChatStep(plan: ChatStepPlan): Promise<ChatStepResult> {
  const sends = schedule(wallNow() + 50, plan.senders, plan.label);
  const result: ChatStepResult = {
    ...{ attempted: sends.length, offeredPerSec: sends.length / (STEP_MS / 1000) },
    ...{ accepted: [], failures: {}, apiLatenciesMs: [], firstSendAt: 0 },
  };
  await runSchedule(sends, async (item) => {
    const t0 = wallNow();
    if (result.firstSendAt === 0) result.firstSendAt = t0;
    const refused = await plan.send(item.sender, item.key);
    if (refused) result.failures[refused] = (result.failures[refused] ?? 0) + 1;
    else {
      result.accepted.push([item.key, t0]);
      result.apiLatenciesMs.push(wallNow() - t0);
    }
  });
  return result;
}

/** Sends through the API as signed-in people: tRPC chat.send over HTTP, one session per sender. */
export function apiSender(baseUrl: string, exhibitorId: string, sessionTokens: string[]): SendChat {
  const url = `${baseUrl}/trpc/chat.send`;
  return (sender, key) => {
    const body = JSON.stringify({ json: { exhibitorId, body: benchBody(key) } });
    return callChatSend(url, `pavilion_session=${sessionTokens[sender]}`, body);
  };
}

/**
 * Publishes straight into the room as the API does after storing a message (the same packet,
 * through LiveKit's room service), without the API: what LiveKit and the receivers sustain alone.
 */
export function directSender(livekit: LiveKitConfig, room: string): SendChat {
  return async (sender, key) => {
    const message = {
      id: crypto.randomUUID(),
      body: benchBody(key),
      createdAt: new Date().toISOString(),
      author: { id: `bench-sender-${sender}`, name: `Bench sender ${sender}`, role: "visitor" as const },
    };
    const packet: ChatPacket = { type: "chat.message", message };
    try {
      return (await sendRoomJson(livekit, room, CHAT_TOPIC, packet)) ? null : "room not open";
    } catch (error) {
      return `sendData failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
}

/** POSTs one chat.send; null when the API accepted it, else why not. */
async function callChatSend(url: string, cookie: string, body: string): Promise<string | null> {
  try {
    const headers = { "content-type": "application/json", cookie };
    const response = await fetch(url, { method: "POST", headers, body });
    if (!response.ok) return `HTTP ${response.status}: ${(await response.text()).slice(0, 160)}`;
    await response.arrayBuffer();
    return null;
  } catch (error) {
    return `fetch failed: ${String(error instanceof Error ? (error.cause ?? error.message) : error)}`;
  }
}

/** Fires each item at its time without waiting for earlier ones; resolves when all are done. */
async function runSchedule(items: Send[], fire: (item: Send) => Promise<void>): Promise<void> {
  const running: Array<Promise<void>> = [];
  for (const item of items) {
    const wait = item.at - wallNow();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    running.push(fire(item));
  }
  await Promise.all(running);
}
