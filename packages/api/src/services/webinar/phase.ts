/** Whether an event is on air, and its phase: scheduled, live or ended (see webinarPhaseSchema). */
import type { Database, Event } from "@pavilion/db";
import type { WebinarPhase } from "@pavilion/schema";

/**
 * The rooms among these where someone allowed to publish (a host, a viewer on stage) has a track
 * published now. Only they can publish; the check keeps a stale track of a demoted viewer out.
 */
export async function roomsOnAir(db: Database, rooms: readonly string[]): Promise<Set<string>> {
  if (rooms.length === 0) return new Set();
  const rows = await db
    .selectFrom("live_tracks as t")
    .innerJoin("live_participants as p", "p.sid", "t.participant_sid")
    .select("t.room")
    .distinct()
    .where("t.room", "in", rooms)
    .where("p.left_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("p.role", "!=", "visitor"),
        eb.exists(
          eb
            .selectFrom("live_stage as s")
            .select("s.id")
            .whereRef("s.room", "=", "t.room")
            .whereRef("s.user_id", "=", "p.identity"),
        ),
      ]),
    )
    .execute();
  return new Set(rows.map((row) => row.room));
}

/**
 * Ended once a host ended it; live while someone publishes (a late host can run over its time);
 * ended when its time is over; scheduled before.
 */
export function phaseOf(event: Pick<Event, "ended_at" | "ends_at">, onAir: boolean, now: Date): WebinarPhase {
  if (event.ended_at !== null) return "ended";
  if (onAir) return "live";
  return event.ends_at <= now.toISOString() ? "ended" : "scheduled";
}
