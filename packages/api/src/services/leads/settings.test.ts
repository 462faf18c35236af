import type { Database } from "@pavilion/db";
import { TEST_ENGINES, useTestDatabase } from "@pavilion/db/testing";
import { DEFAULT_WARMTH_WEIGHTS } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { catchUpAnalytics } from "../analytics/rollup.ts";
import { type ActivityFixture, insertUser, record } from "../analytics/test-fixtures.ts";
import { insertExhibition, insertExhibitor } from "../floor/test-fixtures.ts";
import { exhibitionWarmth, saveWarmthSettings } from "./settings.ts";
import { explainWarmth, warmthFromBase } from "./warmth.ts";

const NOW = new Date("2026-11-23T12:00:00.000Z");

async function warmthOf(db: Database, exhibitionId: string, userId: string) {
  const lead = await db
    .selectFrom("leads")
    .select("warmth_base")
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  const { epoch, settings } = await exhibitionWarmth(db, exhibitionId);
  return warmthFromBase(lead.warmth_base, epoch, NOW, settings.halfLifeDays);
}

const explained = async (db: Database, exhibitionId: string, rows: readonly ActivityFixture[]) =>
  explainWarmth(
    rows.map((row) => ({
      kind: row.kind,
      occurredAt: row.occurred_at,
      data: row.data ? JSON.stringify(row.data) : null,
    })),
    (await exhibitionWarmth(db, exhibitionId)).settings,
    NOW,
  ).warmth;

describe.each(TEST_ENGINES)("warmth settings on %s", (engine) => {
  const db = useTestDatabase(engine);

  it("rescores every lead of the exhibition when organisers change the weights", async () => {
    const expo = await insertExhibition(db());
    const dairy = await insertExhibitor(db(), expo.exhibitionId, { slug: "dairy", floorId: expo.food });
    const [downloader, talker, organiser] = [
      await insertUser(db()),
      await insertUser(db()),
      await insertUser(db()),
    ];
    const on = (user_id: string, occurred_at: string, kind: string, data?: Record<string, unknown>) => ({
      ...{ exhibition_id: expo.exhibitionId, exhibitor_id: dairy, user_id, occurred_at, kind },
      ...(data ? { data } : {}),
    });
    const downloads = [
      on(downloader, "2026-11-20T10:00:00.000Z", "material.download"),
      on(downloader, "2026-11-20T10:05:00.000Z", "booth.left", { seconds: 600 }),
      on(downloader, "2026-11-21T10:00:00.000Z", "contact.left"),
    ];
    const chats = [on(talker, "2026-11-22T10:00:00.000Z", "chat.message")];
    await record(db(), ...downloads, ...chats);
    await catchUpAnalytics(db(), NOW);
    const before = await warmthOf(db(), expo.exhibitionId, downloader);
    expect(before).toBe(await explained(db(), expo.exhibitionId, downloads));

    const weights = {
      ...DEFAULT_WARMTH_WEIGHTS,
      "material.download": 40,
      "contact.left": 0,
      "chat.message": 25,
    };
    await saveWarmthSettings(db(), expo.exhibitionId, { weights, halfLifeDays: 3 }, organiser, NOW);
    expect((await exhibitionWarmth(db(), expo.exhibitionId)).settings).toEqual({ weights, halfLifeDays: 3 });
    expect(await warmthOf(db(), expo.exhibitionId, downloader)).toBe(
      await explained(db(), expo.exhibitionId, downloads),
    );
    expect(await warmthOf(db(), expo.exhibitionId, downloader)).not.toBe(before);
    expect(await warmthOf(db(), expo.exhibitionId, talker)).toBe(
      await explained(db(), expo.exhibitionId, chats),
    );

    // Rows recorded after the change, counted later, score under the new weights once.
    const later = [on(talker, "2026-11-23T09:00:00.000Z", "material.download")];
    await record(db(), ...later);
    await saveWarmthSettings(db(), expo.exhibitionId, { weights, halfLifeDays: 3 }, organiser, NOW);
    await catchUpAnalytics(db(), NOW);
    expect(await warmthOf(db(), expo.exhibitionId, talker)).toBe(
      await explained(db(), expo.exhibitionId, [...chats, ...later]),
    );
  });

  it("reads weights saved before the 3D model and tour kinds existed, those two from the defaults", async () => {
    const expo = await insertExhibition(db());
    const { "model.viewed": _model, "tour.minute": _tour, ...older } = DEFAULT_WARMTH_WEIGHTS;
    await db()
      .insertInto("warmth_settings")
      .values({
        ...{ exhibition_id: expo.exhibitionId, weights: JSON.stringify({ ...older, "contact.left": 50 }) },
        ...{ half_life_days: 7, updated_at: NOW.toISOString(), updated_by: null },
      })
      .execute();
    const { settings } = await exhibitionWarmth(db(), expo.exhibitionId);
    expect(settings).toEqual({
      weights: { ...DEFAULT_WARMTH_WEIGHTS, "contact.left": 50 },
      halfLifeDays: 7,
    });
  });
});
