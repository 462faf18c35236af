/**
 * A receiver process: joins a booth's LiveKit room as subscribe-only participants (one
 * @livekit/rtc-node Room each) and notes when each chat message reaches each of them.
 * Driven over IPC by receiver-pool.ts.
 */
import { dispose, Room, RoomEvent } from "@livekit/rtc-node";
import {
  type FromReceivers,
  keyOfBody,
  type ReceiverReport,
  type ToReceivers,
  wallNow,
} from "./receiver-protocol.ts";

const CHAT_TOPIC = "chat";
const JOIN_BATCH = 10;

interface Receiver {
  room: Room;
  /** Message key -> wall time it first arrived. */
  receipts: Map<string, number>;
  duplicates: number;
}

const receivers: Receiver[] = [];
const decoder = new TextDecoder();

function reply(message: FromReceivers): void {
  process.send?.(message);
}

function listen(receiver: Receiver): void {
  receiver.room.on(RoomEvent.DataReceived, (payload, _participant, _kind, topic) => {
    const at = wallNow();
    if (topic !== CHAT_TOPIC) return;
    const packet = JSON.parse(decoder.decode(payload)) as { type: string; message?: { body?: string } };
    const key = packet.type === "chat.message" ? keyOfBody(packet.message?.body ?? "") : null;
    if (key === null) return;
    if (receiver.receipts.has(key)) receiver.duplicates++;
    else receiver.receipts.set(key, at);
  });
}

async function join(url: string, tokens: string[]): Promise<void> {
  for (let start = 0; start < tokens.length; start += JOIN_BATCH) {
    const batch = tokens.slice(start, start + JOIN_BATCH).map(async (token) => {
      const receiver: Receiver = { room: new Room(), receipts: new Map(), duplicates: 0 };
      listen(receiver);
      await receiver.room.connect(url, token, { autoSubscribe: true, dynacast: false });
      receivers.push(receiver);
    });
    await Promise.all(batch);
  }
}

function allArrived(sent: Array<[string, number]>): boolean {
  return receivers.every((receiver) => sent.every(([key]) => receiver.receipts.has(key)));
}

async function collect(
  label: string,
  sent: Array<[string, number]>,
  timeoutMs: number,
): Promise<ReceiverReport> {
  const deadline = Date.now() + timeoutMs;
  while (!allArrived(sent) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const sentAt = new Map(sent);
  const latencies: number[] = [];
  let missing = 0;
  let duplicates = 0;
  let unexpected = 0;
  let lastReceiptAt = 0;
  for (const receiver of receivers) {
    duplicates += receiver.duplicates;
    for (const [key, t0] of sentAt) {
      const at = receiver.receipts.get(key);
      if (at === undefined) {
        missing++;
        continue;
      }
      latencies.push(at - t0);
      if (at > lastReceiptAt) lastReceiptAt = at;
    }
    for (const key of receiver.receipts.keys()) {
      if (key.startsWith(`${label}-`) && !sentAt.has(key)) unexpected++;
    }
  }
  const expected = sent.length * receivers.length;
  return {
    receivers: receivers.length,
    expected,
    delivered: latencies.length,
    missing,
    duplicates,
    unexpected,
    latenciesMs: Float64Array.from(latencies),
    lastReceiptAt,
  };
}

async function leave(): Promise<void> {
  await Promise.allSettled(receivers.map((receiver) => receiver.room.disconnect()));
  await dispose();
}

process.on("message", (message: ToReceivers) => {
  const handle = async (): Promise<FromReceivers> => {
    switch (message.type) {
      case "join":
        await join(message.url, message.tokens);
        return { type: "joined", count: receivers.length };
      case "collect":
        return { type: "collected", report: await collect(message.label, message.sent, message.timeoutMs) };
      case "leave":
        await leave();
        return { type: "left" };
      default: {
        const unknown: never = message;
        throw new Error(`unknown message ${JSON.stringify(unknown)}`);
      }
    }
  };
  handle().then(
    (answer) => {
      reply(answer);
      if (answer.type === "left") process.disconnect?.();
    },
    (error: unknown) =>
      reply({
        type: "failed",
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});

// The bench went away without saying goodbye: do not stay behind.
process.on("disconnect", () => process.exit(0));
