/**
 * What the rollup needs to know about the rows of one batch, loaded with a few queries: each
 * exhibition's time zone and warmth settings, each exhibitor's floor, and who is on whose team.
 */
import type { Activity, Database } from "@pavilion/db";
import { type ExhibitionWarmth, exhibitionWarmth } from "../leads/settings.ts";
import { dayInZone } from "./day.ts";

export type ActivityRow = Activity;

export interface ExhibitionFacts {
  dayOf: (isoTimestamp: string) => string;
  warmth: ExhibitionWarmth;
}

export interface BatchFacts {
  exhibition(exhibitionId: string): ExhibitionFacts;
  floorOf(exhibitorId: string): string | null;
  isMember(exhibitorId: string, userId: string | null): boolean;
}

/** Splits a list into chunks small enough for one statement's parameters on both engines. */
export function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const zones = new Map<string, (iso: string) => string>();

function dayFunction(timezone: string) {
  let dayOf = zones.get(timezone);
  if (!dayOf) {
    dayOf = dayInZone(timezone);
    zones.set(timezone, dayOf);
  }
  return dayOf;
}

/** Loads the facts about the exhibitions, exhibitors and people the rows name. */
export async function loadBatchFacts(db: Database, rows: readonly ActivityRow[]): Promise<BatchFacts> {
  const exhibitionIds = [...new Set(rows.map((row) => row.exhibition_id))];
  const exhibitorIds = [
    ...new Set(rows.flatMap((row) => (row.exhibitor_id === null ? [] : [row.exhibitor_id]))),
  ];
  const userIds = [...new Set(rows.flatMap((row) => (row.user_id === null ? [] : [row.user_id])))];

  const exhibitions = new Map<string, ExhibitionFacts>();
  for (const id of exhibitionIds) {
    const zone = await db
      .selectFrom("exhibitions")
      .select("timezone")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    exhibitions.set(id, { dayOf: dayFunction(zone.timezone), warmth: await exhibitionWarmth(db, id) });
  }

  const floors = new Map<string, string>();
  for (const ids of chunks(exhibitorIds)) {
    const found = await db
      .selectFrom("exhibitors")
      .select(["id", "floor_id"])
      .where("id", "in", ids)
      .execute();
    for (const exhibitor of found) floors.set(exhibitor.id, exhibitor.floor_id);
  }

  const members = new Set<string>();
  for (const ids of chunks(userIds)) {
    const found = await db
      .selectFrom("members")
      .select(["exhibitor_id", "user_id"])
      .where("user_id", "in", ids)
      .execute();
    for (const member of found) members.add(`${member.exhibitor_id}\u0000${member.user_id}`);
  }

  return {
    exhibition(exhibitionId) {
      const facts = exhibitions.get(exhibitionId);
      if (!facts) throw new Error(`exhibition ${exhibitionId} was not loaded`);
      return facts;
    },
    floorOf: (exhibitorId) => floors.get(exhibitorId) ?? null,
    isMember: (exhibitorId, userId) => userId !== null && members.has(`${exhibitorId}\u0000${userId}`),
  };
}
