/**
 * What the server publishes into an event's room: UTF-8 JSON, one topic per kind. Anything else
 * in the room (other topics, junk, unknown types) is ignored, never thrown.
 */
import { WEBINAR_TOPIC, type WebinarPacket, webinarPacketSchema } from "@pavilion/schema";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** What parsing needs of a schema (a zod schema fits). */
interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

function parseOn<T>(
  schema: Schema<T>,
  wanted: string,
  payload: Uint8Array,
  topic: string | undefined,
): T | null {
  if (topic !== wanted) return null;
  let data: unknown;
  try {
    data = JSON.parse(decoder.decode(payload));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The webinar control packet in a data message (the stage changed, the webinar ended), or null. */
export function parseWebinarPacket(payload: Uint8Array, topic: string | undefined): WebinarPacket | null {
  return parseOn(webinarPacketSchema, WEBINAR_TOPIC, payload, topic);
}
