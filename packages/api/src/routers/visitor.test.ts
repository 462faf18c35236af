import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertExhibition, insertExhibitor, type SmallExhibition } from "../services/floor/test-fixtures.ts";
import { createTestApi, type TestApi } from "../testing/index.ts";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : "THREW";
  }
}

describe.each(TEST_ENGINES)("visitors' bookmarks and visits on %s", (engine) => {
  let t: TestApi;
  let expo: SmallExhibition;
  let ids: { pie: string; bot: string; draft: string };
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    expo = await insertExhibition(t.db);
    ids = {
      pie: await insertExhibitor(t.db, expo.exhibitionId, { slug: "pie", floorId: expo.food }),
      bot: await insertExhibitor(t.db, expo.exhibitionId, { slug: "bot", floorId: expo.tech }),
      draft: await insertExhibitor(t.db, expo.exhibitionId, {
        slug: "d",
        floorId: expo.tech,
        status: "draft",
      }),
    };
  });
  afterAll(() => t?.close());

  run(
    "keeps each visitor's bookmarks in the order added, once each, with the floor to find them on",
    async () => {
      const anna = await t.signedIn();
      const boris = await t.signedIn();
      await anna.api.visitor.addBookmark({ exhibitorId: ids.bot });
      t.clock.advance(1000);
      await anna.api.visitor.addBookmark({ exhibitorId: ids.pie });
      const list = await anna.api.visitor.addBookmark({ exhibitorId: ids.bot });
      expect(list.map((b) => [b.exhibitorId, b.floorSlug])).toEqual([
        [ids.bot, "tech"],
        [ids.pie, "food"],
      ]);
      expect(await boris.api.visitor.bookmarks()).toEqual([]);
      expect(await anna.api.visitor.bookmarks()).toEqual(list);
    },
  );

  run("removes a bookmark, and removing it again changes nothing", async () => {
    const visitor = await t.signedIn();
    await visitor.api.visitor.addBookmark({ exhibitorId: ids.pie });
    expect(await visitor.api.visitor.removeBookmark({ exhibitorId: ids.pie })).toEqual([]);
    expect(await visitor.api.visitor.removeBookmark({ exhibitorId: ids.pie })).toEqual([]);
  });

  run(
    "refuses to bookmark an unknown or unapproved exhibitor, and hides one that stops being approved",
    async () => {
      const visitor = await t.signedIn();
      expect(await codeOf(visitor.api.visitor.addBookmark({ exhibitorId: crypto.randomUUID() }))).toBe(
        "NOT_FOUND",
      );
      expect(await codeOf(visitor.api.visitor.addBookmark({ exhibitorId: ids.draft }))).toBe("NOT_FOUND");
      const late = await insertExhibitor(t.db, expo.exhibitionId, { slug: "late", floorId: expo.food });
      await visitor.api.visitor.addBookmark({ exhibitorId: late });
      await t.db.updateTable("exhibitors").set({ status: "rejected" }).where("id", "=", late).execute();
      expect(await visitor.api.visitor.bookmarks()).toEqual([]);
    },
  );

  run("records each visit to a booth as activity with where it came from", async () => {
    const visitor = await t.signedIn();
    await visitor.api.visitor.recordBoothVisit({ exhibitorId: ids.bot, source: "search" });
    await visitor.api.visitor.recordBoothVisit({ exhibitorId: ids.bot, source: "floor" });
    const rows = await t.db
      .selectFrom("activity")
      .select(["kind", "exhibition_id", "exhibitor_id", "data", "occurred_at"])
      .where("user_id", "=", visitor.userId)
      .orderBy("id")
      .execute();
    expect(rows).toEqual(
      ["search", "floor"].map((source) => ({
        ...{ kind: "booth.visit", exhibition_id: expo.exhibitionId, exhibitor_id: ids.bot },
        ...{ data: JSON.stringify({ source }), occurred_at: t.clock.now.toISOString() },
      })),
    );
  });

  run("refuses to record a visit to an unknown or unapproved exhibitor", async () => {
    const visitor = await t.signedIn();
    const unknown = { exhibitorId: crypto.randomUUID(), source: "link" as const };
    expect(await codeOf(visitor.api.visitor.recordBoothVisit(unknown))).toBe("NOT_FOUND");
    const draft = { exhibitorId: ids.draft, source: "link" as const };
    expect(await codeOf(visitor.api.visitor.recordBoothVisit(draft))).toBe("NOT_FOUND");
    const rows = await t.db
      .selectFrom("activity")
      .select("id")
      .where("user_id", "=", visitor.userId)
      .execute();
    expect(rows).toEqual([]);
  });
});
