/**
 * The stage: viewers a host lets publish camera and microphone in the event's room. The server
 * changes the participant's rights in LiveKit at once and remembers them (live_stage), so a token
 * minted when they reconnect carries the same rights; clients hear of it on WEBINAR_TOPIC.
 */
import type { Database } from "@pavilion/db";
import { eventRoomName, roomServiceFor } from "@pavilion/livekit";
import type { SessionUser } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { liveKitOrUnavailable, openAsModerator } from "./hosts.ts";
import { publishToEvent } from "./publish.ts";

/** True when a host brought the user on stage in this room. */
export async function isOnStage(db: Database, room: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("live_stage")
    .select("id")
    .where("room", "=", room)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when the user (an account) has a session open in the room now. */
async function isInRoom(db: Database, room: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("live_participants")
    .innerJoin("users", "users.id", "live_participants.identity")
    .select("live_participants.sid")
    .where("live_participants.room", "=", room)
    .where("live_participants.identity", "=", userId)
    .where("live_participants.left_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

export interface StageChange {
  eventId: string;
  userId: string;
}

/**
 * Lets a viewer in the room now publish camera and microphone. Hosts and organisers only;
 * live.notInRoom when the viewer is not in the room, live.ended once the webinar ended.
 */
export async function inviteToStage(
  services: ApiServices,
  user: SessionUser,
  change: StageChange,
): Promise<void> {
  const { db } = services;
  const { event } = await openAsModerator(db, user, change.eventId);
  if (event.ended_at !== null) throw new AppError("live.ended");
  const livekit = liveKitOrUnavailable(services.livekit);
  const room = eventRoomName(event.id);
  if (!(await isInRoom(db, room, change.userId))) throw new AppError("live.notInRoom");
  // LiveKit knows best: a viewer who has just left is not in the room, whatever the webhooks said.
  if (!(await roomServiceFor(livekit).setOnStage(room, change.userId, true)))
    throw new AppError("live.notInRoom");
  await db
    .insertInto("live_stage")
    .values({
      ...{ id: crypto.randomUUID(), room, user_id: change.userId },
      ...{ invited_by: user.id, invited_at: services.now().toISOString() },
    })
    .onConflict((conflict) => conflict.columns(["room", "user_id"]).doNothing())
    .execute();
  await publishToEvent(livekit, event.id, { type: "stage.changed", userId: change.userId, onStage: true });
}

/**
 * Sends a viewer back: they may publish nothing (LiveKit unpublishes their tracks) and a new
 * token will not let them either. Hosts and organisers only. A viewer who already left is
 * simply taken off the stage.
 */
export async function removeFromStage(
  services: ApiServices,
  user: SessionUser,
  change: StageChange,
): Promise<void> {
  const { db } = services;
  const { event } = await openAsModerator(db, user, change.eventId);
  const room = eventRoomName(event.id);
  await db.deleteFrom("live_stage").where("room", "=", room).where("user_id", "=", change.userId).execute();
  const livekit = services.livekit;
  if (!livekit || !(await isInRoom(db, room, change.userId))) return;
  await roomServiceFor(livekit).setOnStage(room, change.userId, false);
  await publishToEvent(livekit, event.id, { type: "stage.changed", userId: change.userId, onStage: false });
}
