import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import { failure, type TestApi, type TestBrowser } from "../../testing/index.ts";
import { approvedCompany, newCompany, useCabinetTestApi } from "../cabinet/test-fixtures.ts";

const MINUTE = 60_000;

describe.each(TEST_ENGINES)("time at the booth on %s", (engine) => {
  let t: TestApi;
  let exhibitorId: string;
  let draftId: string;
  const run = useCabinetTestApi(engine, async (api) => {
    t = api.t;
    const owner = await t.signedIn();
    exhibitorId = await approvedCompany(owner, api.organiser);
    draftId = await newCompany(owner, { ru: "Черновик", en: "Draft" });
  });

  const stays = async (visitor: TestBrowser & { userId: string }) => {
    const rows = await t.db
      .selectFrom("activity")
      .select("data")
      .where("user_id", "=", visitor.userId)
      .where("kind", "=", "booth.left")
      .orderBy("id")
      .execute();
    return rows.map((row) => JSON.parse(row.data ?? "{}").seconds as number);
  };

  run("records the seconds a visitor stayed, capped by the time since their visit", async () => {
    const visitor = await t.signedIn();
    await visitor.api.visitor.recordBoothVisit({ exhibitorId, source: "floor" });
    t.clock.advance(3 * MINUTE);
    expect(await visitor.api.booth.leave({ exhibitorId, seconds: 95.7 })).toEqual({ seconds: 95 });
    // The same stay again (the page's unmount and the tab's pagehide): only what is left of it.
    expect(await visitor.api.booth.leave({ exhibitorId, seconds: 180 })).toEqual({ seconds: 85 });
    expect(await visitor.api.booth.leave({ exhibitorId, seconds: 180 })).toEqual({ seconds: 0 });
    // A client claiming a day is held to the time since its visit.
    await visitor.api.visitor.recordBoothVisit({ exhibitorId, source: "plan" });
    t.clock.advance(2 * MINUTE);
    expect(await visitor.api.booth.leave({ exhibitorId, seconds: 86_400 })).toEqual({ seconds: 120 });
    expect(await stays(visitor)).toEqual([95, 85, 120]);
  });

  run("holds a stay to four hours at most", async () => {
    const visitor = await t.signedIn();
    await visitor.api.visitor.recordBoothVisit({ exhibitorId, source: "link" });
    t.clock.advance(6 * 60 * MINUTE);
    expect(await visitor.api.booth.leave({ exhibitorId, seconds: 6 * 3600 })).toEqual({ seconds: 4 * 3600 });
  });

  run("records nothing without a visit, for a booth not on the floor, or for a guest", async () => {
    const visitor = await t.signedIn();
    expect(await visitor.api.booth.leave({ exhibitorId, seconds: 60 })).toEqual({ seconds: 0 });
    expect(await stays(visitor)).toEqual([]);
    for (const id of [draftId, crypto.randomUUID()]) {
      expect((await failure(visitor.api.booth.leave({ exhibitorId: id, seconds: 60 }))).code).toBe(
        "NOT_FOUND",
      );
    }
    expect((await failure(t.browser().api.booth.leave({ exhibitorId, seconds: 60 }))).code).toBe(
      "UNAUTHORIZED",
    );
    expect((await failure(visitor.api.booth.leave({ exhibitorId, seconds: -1 }))).code).toBe("BAD_REQUEST");
  });
});
