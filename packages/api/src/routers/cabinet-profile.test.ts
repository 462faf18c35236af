import { TEST_ENGINES } from "@pavilion/db/testing";
import sharp from "sharp";
import { describe, expect } from "vitest";
import { appError, newCompany, profile, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";
import { putTestUpload, sampleFiles } from "../testing/uploads.ts";

async function square(color: string): Promise<Uint8Array> {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: color } })
    .png()
    .toBuffer();
  return new Uint8Array(png);
}

describe.each(TEST_ENGINES)("a company's profile in the cabinet on %s", (engine) => {
  let t: TestApi;
  let organiser: TestBrowser;
  const run = useCabinetTestApi(engine, (api) => {
    ({ t, organiser } = api);
  });

  async function attach(
    owner: TestBrowser & { userId: string },
    exhibitorId: string,
    purpose: "logo" | "video",
    bytes: Uint8Array,
  ) {
    const filename = purpose === "logo" ? "logo.png" : "intro.mp4";
    const uploadId = await putTestUpload(t.services, {
      userId: owner.userId,
      exhibitorId,
      purpose,
      filename,
      bytes,
    });
    return purpose === "logo"
      ? owner.api.cabinet.setLogo({ exhibitorId, uploadId })
      : owner.api.cabinet.setVideo({ exhibitorId, uploadId });
  }
  const used = async (owner: TestBrowser, exhibitorId: string) =>
    (await owner.api.cabinet.overview({ exhibitorId })).quota.usedBytes;

  run("creates a company in draft with a readable web name of its own, on a floor that exists", async () => {
    const first = await t.signedIn();
    const second = await t.signedIn();
    const one = await newCompany(first, { ru: "Молоко и Ко", en: "" });
    const two = await newCompany(second, { ru: "Молоко и Ко", en: "" });
    const overview = await first.api.cabinet.overview({ exhibitorId: one });
    expect(overview).toMatchObject({
      slug: "moloko-i-ko",
      role: "owner",
      liveStatus: "draft",
      boothId: null,
    });
    expect(overview).toMatchObject({ floor: { slug: "food" }, pendingMaterials: 0, quota: { usedBytes: 0 } });
    expect(overview.limits).toEqual(t.services.config.uploads.limits);
    expect((await second.api.cabinet.overview({ exhibitorId: two })).slug).toBe("moloko-i-ko-2");
    const nowhere = await failure(
      first.api.cabinet.createExhibitor({ name: { ru: "", en: "X" }, floorSlug: "moon" }),
    );
    expect(nowhere.code).toBe("NOT_FOUND");
    const nameless = await failure(
      first.api.cabinet.createExhibitor({ name: { ru: " ", en: "" }, floorSlug: "food" }),
    );
    expect(Object.keys(appError(nameless).fields ?? {})).toEqual(["name.ru"]);
  });

  run("plays an uploaded video presentation in the preview, and removes it", async () => {
    const owner = await t.signedIn();
    const exhibitorId = await newCompany(owner);
    const draft = await attach(owner, exhibitorId, "video", await sampleFiles.mp4());
    expect(draft.video).toEqual({
      url: expect.stringMatching(/^\/files\/[0-9a-f]{64}$/),
      posterUrl: expect.stringMatching(/^\/files\/[0-9a-f]{64}$/),
      durationMs: expect.any(Number),
    });
    expect(draft.video?.durationMs).toBeGreaterThan(1500);
    expect((await owner.api.cabinet.preview({ exhibitorId })).video).toEqual(draft.video);
    expect(await used(owner, exhibitorId)).toBeGreaterThan(0);
    const cleared = await owner.api.cabinet.clearVideo({ exhibitorId });
    expect(cleared.video).toBeNull();
    expect(await used(owner, exhibitorId)).toBe(0);
  });

  run("frees a replaced logo's storage, but not while visitors still see it", async () => {
    const owner = await t.signedIn();
    const exhibitorId = await newCompany(owner);
    const kept = async () =>
      (
        await t.db
          .selectFrom("exhibitor_files")
          .select("file_id")
          .where("exhibitor_id", "=", exhibitorId)
          .orderBy("file_id")
          .execute()
      ).map((row) => `/files/${row.file_id}`);
    await owner.api.cabinet.saveProfile({ exhibitorId, profile: profile() });
    const first = (await attach(owner, exhibitorId, "logo", await square("#aa0000"))).logoUrl;
    await owner.api.cabinet.submit({ exhibitorId });
    await organiser.api.moderation.approve({ exhibitorId });

    const second = (await attach(owner, exhibitorId, "logo", await square("#00aa00"))).logoUrl;
    expect(await kept()).toEqual([first, second].sort());
    const third = (await attach(owner, exhibitorId, "logo", await square("#0000aa"))).logoUrl;
    expect(await kept()).toEqual([first, third].sort());
    await owner.api.cabinet.submit({ exhibitorId });
    await organiser.api.moderation.approve({ exhibitorId });
    expect(await kept()).toEqual([third]);
    expect((await t.browser().api.booth.page({ exhibitorId })).logoUrl).toBe(third);
  });

  run("lists the caller's companies with where each stands", async () => {
    const owner = await t.signedIn();
    const first = await newCompany(owner, { ru: "Первая", en: "First" });
    t.clock.advance(1000);
    const second = await newCompany(owner, { ru: "Вторая", en: "Second" });
    await owner.api.cabinet.saveProfile({ exhibitorId: second, profile: profile() });
    await owner.api.cabinet.submit({ exhibitorId: second });
    expect(await owner.api.cabinet.mine()).toEqual([
      {
        exhibitorId: first,
        name: { ru: "Первая", en: "First" },
        role: "owner",
        liveStatus: "draft",
        draftStatus: "draft",
      },
      {
        ...{ exhibitorId: second, name: { ru: "Молочная ферма", en: "Dairy Farm" }, role: "owner" },
        ...{ liveStatus: "submitted", draftStatus: "submitted" },
      },
    ]);
    expect(await (await t.signedIn()).api.cabinet.mine()).toEqual([]);
  });
});
