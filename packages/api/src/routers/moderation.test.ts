import { TEST_ENGINES } from "@pavilion/db/testing";
import sharp from "sharp";
import { describe, expect } from "vitest";
import {
  appError,
  approvedCompany,
  emailOf,
  lettersTo,
  newCompany,
  profile,
  useCabinetTestApi,
} from "../services/cabinet/test-fixtures.ts";
import { floorAtlasFile } from "../services/floor/atlas.ts";
import { insertExhibitor, type SmallExhibition, T0 } from "../services/floor/test-fixtures.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";
import { putTestUpload } from "../testing/uploads.ts";

async function square(color: string): Promise<Uint8Array> {
  const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: color } })
    .png()
    .toBuffer();
  return new Uint8Array(png);
}

describe.each(TEST_ENGINES)("moderation of booths on %s", (engine) => {
  let t: TestApi;
  let expo: SmallExhibition;
  let organiser: TestBrowser;
  const run = useCabinetTestApi(engine, (api) => {
    ({ t, expo, organiser } = api);
  });

  async function setLogo(owner: TestBrowser & { userId: string }, exhibitorId: string, color: string) {
    const uploadId = await putTestUpload(t.services, {
      ...{ userId: owner.userId, exhibitorId, purpose: "logo", filename: "logo.png" },
      bytes: await square(color),
    });
    return owner.api.cabinet.setLogo({ exhibitorId, uploadId });
  }

  /** The colour at the middle of a booth's cell in its floor's logo atlas. */
  async function atlasColour(exhibitorId: string): Promise<number[]> {
    const plan = await t.browser().api.floor.plan({ slug: "food" });
    const booth = plan.booths.find((b) => b.exhibitorId === exhibitorId);
    const version = plan.atlas?.url.match(/\/atlas\/([0-9a-f]+)\.png$/)?.[1];
    if (!booth || booth.atlasIndex === null || !plan.atlas || !version) throw new Error("no atlas cell");
    const fileId = await floorAtlasFile(t.db, t.services.storage, expo.food, version, t.clock.now);
    const png = await t.services.storage.read(fileId ?? "");
    const { data, info } = await sharp(png ?? new Uint8Array())
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { cellPx, columns } = plan.atlas;
    const x = (booth.atlasIndex % columns) * cellPx + cellPx / 2;
    const y = Math.floor(booth.atlasIndex / columns) * cellPx + cellPx / 2;
    const at = (y * info.width + x) * info.channels;
    return [...data.subarray(at, at + 3)];
  }

  run("takes a new company from its draft through review onto the floor", async () => {
    const owner = await t.signedIn();
    const exhibitorId = await newCompany(owner, { ru: "Молочная ферма", en: "" });
    expect(await owner.api.cabinet.mine()).toEqual(
      [...[{ exhibitorId, name: { ru: "Молочная ферма", en: "" }, role: "owner" }]].map((item) => ({
        ...item,
        liveStatus: "draft",
        draftStatus: "draft",
      })),
    );
    expect((await failure(t.browser().api.booth.page({ exhibitorId }))).code).toBe("NOT_FOUND");
    expect(appError(await failure(owner.api.cabinet.submit({ exhibitorId }))).code).toBe(
      "cabinet.incomplete",
    );

    await owner.api.cabinet.saveProfile({ exhibitorId, profile: profile() });
    const withLogo = await setLogo(owner, exhibitorId, "#ff0000");
    expect(withLogo).toMatchObject({
      status: "draft",
      hasChanges: true,
      logoUrl: expect.stringMatching(/^\/files\//),
    });
    const submitted = await owner.api.cabinet.submit({ exhibitorId });
    expect(submitted).toMatchObject({ status: "submitted", submittedAt: t.clock.now.toISOString() });
    expect(appError(await failure(owner.api.cabinet.submit({ exhibitorId }))).code).toBe(
      "cabinet.notSubmittable",
    );
    expect((await failure(t.browser().api.booth.page({ exhibitorId }))).code).toBe("NOT_FOUND");

    const queued = (await organiser.api.moderation.queue()).find((item) => item.exhibitorId === exhibitorId);
    expect(queued).toMatchObject({
      ...{ name: { ru: "Молочная ферма", en: "Dairy Farm" }, floorName: { en: "Food" } },
      ...{ firstVersion: true, requestedSize: "medium", currentSize: null, pendingMaterials: 0 },
    });
    const review = await organiser.api.moderation.review({ exhibitorId });
    expect(review.live).toBeNull();
    expect(review.preview).toMatchObject({ name: { en: "Dairy Farm" }, website: "https://dairy.example" });

    expect(await organiser.api.moderation.approve({ exhibitorId })).toEqual({ ok: true });
    const page = await t.browser().api.booth.page({ exhibitorId });
    expect(page).toMatchObject({ name: { ru: "Молочная ферма", en: "Dairy Farm" }, color: "#336699" });
    expect(page.boothId).not.toBeNull();
    const plan = await t.browser().api.floor.plan({ slug: "food" });
    expect(plan.booths.find((b) => b.exhibitorId === exhibitorId)).toMatchObject({
      ...{ size: "medium", name: { en: "Dairy Farm" }, logoUrl: withLogo.logoUrl },
    });
    const [red, green, blue] = await atlasColour(exhibitorId);
    expect([red, green, blue].map((c) => Math.round((c ?? 0) / 32))).toEqual([8, 0, 0]);

    const overview = await owner.api.cabinet.overview({ exhibitorId });
    expect(overview).toMatchObject({ liveStatus: "approved", boothId: page.boothId, role: "owner" });
    expect(overview.draft).toMatchObject({ status: "approved", hasChanges: false });
    const [letter] = lettersTo(t, await emailOf(t, owner.userId));
    expect(letter?.subject).toBe("Dairy Farm: the booth is approved");
    expect(letter?.text).toContain(`http://pavilion.test/booths/${exhibitorId}`);
  });

  run("keeps the approved booth on show while changes wait, then shows them once approved", async () => {
    const owner = await t.signedIn();
    const exhibitorId = await approvedCompany(owner, organiser);
    await setLogo(owner, exhibitorId, "#0000ff");
    await owner.api.cabinet.submit({ exhibitorId });
    await organiser.api.moderation.approve({ exhibitorId });
    const blueAtlas = (await t.browser().api.floor.plan({ slug: "food" })).atlas?.url;
    const boothId = (await t.browser().api.booth.page({ exhibitorId })).boothId;

    const edited = await owner.api.cabinet.saveProfile({
      exhibitorId,
      profile: profile({ name: { ru: "Сырная лавка", en: "Cheese Shop" } }),
    });
    const draftLogo = (await setLogo(owner, exhibitorId, "#00ff00")).logoUrl;
    expect(edited).toMatchObject({
      status: "draft",
      hasChanges: true,
      profile: { name: { en: "Cheese Shop" } },
    });
    await owner.api.cabinet.submit({ exhibitorId });
    const review = await organiser.api.moderation.review({ exhibitorId });
    expect([review.live?.name.en, review.preview.name.en]).toEqual(["Dairy Farm", "Cheese Shop"]);
    expect((await owner.api.cabinet.preview({ exhibitorId })).logoUrl).toBe(draftLogo);
    const waiting = await t.browser().api.booth.page({ exhibitorId });
    expect([waiting.name.en, waiting.boothId, waiting.logoUrl === draftLogo]).toEqual([
      "Dairy Farm",
      boothId,
      false,
    ]);
    expect((await owner.api.cabinet.overview({ exhibitorId })).liveStatus).toBe("approved");
    expect((await atlasColour(exhibitorId)).map((c) => Math.round(c / 32))).toEqual([0, 0, 8]);

    await organiser.api.moderation.approve({ exhibitorId });
    const shown = await t.browser().api.booth.page({ exhibitorId });
    expect([shown.name.en, shown.boothId, shown.logoUrl]).toEqual(["Cheese Shop", boothId, draftLogo]);
    const plan = await t.browser().api.floor.plan({ slug: "food" });
    expect(plan.atlas?.url).not.toBe(blueAtlas);
    expect((await atlasColour(exhibitorId)).map((c) => Math.round(c / 32))).toEqual([0, 8, 0]);
    expect(await organiser.api.moderation.queue()).not.toContainEqual(
      expect.objectContaining({ exhibitorId }),
    );
  });

  run("sends a draft back with the organiser's reason, which the owner reads", async () => {
    const owner = await t.signedIn();
    const exhibitorId = await newCompany(owner);
    await owner.api.cabinet.saveProfile({ exhibitorId, profile: profile() });
    expect(appError(await failure(organiser.api.moderation.approve({ exhibitorId }))).code).toBe(
      "moderation.notSubmitted",
    );
    await owner.api.cabinet.submit({ exhibitorId });
    const reason = "Добавьте описание продукции на английском.";
    expect(await organiser.api.moderation.reject({ exhibitorId, reason })).toEqual({ ok: true });

    const overview = await owner.api.cabinet.overview({ exhibitorId });
    expect(overview.liveStatus).toBe("rejected");
    expect(overview.draft).toMatchObject({ status: "rejected", rejectionReason: reason });
    expect(overview.draft.decidedAt).toBe(t.clock.now.toISOString());
    expect((await failure(t.browser().api.booth.page({ exhibitorId }))).code).toBe("NOT_FOUND");
    expect(appError(await failure(organiser.api.moderation.approve({ exhibitorId }))).code).toBe(
      "moderation.notSubmitted",
    );
    const [letter] = lettersTo(t, await emailOf(t, owner.userId));
    expect(letter?.subject).toBe("Dairy Farm: the booth needs changes");
    expect(letter?.text).toContain(reason);

    await owner.api.cabinet.saveProfile({ exhibitorId, profile: profile({ tags: "milk, cheese" }) });
    expect(await owner.api.cabinet.submit({ exhibitorId })).toMatchObject({
      ...{ status: "submitted", rejectionReason: null },
    });
  });

  run("refuses to submit an approved booth with nothing new, and a reason too short to help", async () => {
    const owner = await t.signedIn();
    const exhibitorId = await approvedCompany(owner, organiser);
    await owner.api.cabinet.saveProfile({ exhibitorId, profile: profile() });
    expect(await owner.api.cabinet.overview({ exhibitorId })).toMatchObject({
      draft: { status: "draft", hasChanges: false },
    });
    expect(appError(await failure(owner.api.cabinet.submit({ exhibitorId }))).code).toBe(
      "cabinet.notSubmittable",
    );
    const short = await failure(organiser.api.moderation.reject({ exhibitorId, reason: "no" }));
    expect(appError(short).fields?.reason?.code).toBe("tooShort");
  });

  run("lists submitted drafts oldest first, with what changed on the floor", async () => {
    const first = await t.signedIn();
    const second = await t.signedIn();
    const live = await approvedCompany(first, organiser);
    await first.api.cabinet.saveProfile({ exhibitorId: live, profile: profile({ boothSize: "large" }) });
    await first.api.cabinet.submit({ exhibitorId: live });
    t.clock.advance(60_000);
    const fresh = await newCompany(second);
    await second.api.cabinet.saveProfile({ exhibitorId: fresh, profile: profile({ boothSize: "small" }) });
    await second.api.cabinet.submit({ exhibitorId: fresh });
    const queue = (await organiser.api.moderation.queue()).filter((item) =>
      [live, fresh].includes(item.exhibitorId),
    );
    expect(
      queue.map((item) => [item.exhibitorId, item.firstVersion, item.requestedSize, item.currentSize]),
    ).toEqual([
      [live, false, "large", "medium"],
      [fresh, true, "small", null],
    ]);
    await organiser.api.moderation.approve({ exhibitorId: live });
    const plan = await t.browser().api.floor.plan({ slug: "food" });
    expect(plan.booths.find((b) => b.exhibitorId === live)?.size).toBe("large");
  });

  run("reviews a company written straight into the table as submitted, like the demo's", async () => {
    const exhibitorId = await insertExhibitor(t.db, expo.exhibitionId, {
      ...{ slug: "seeded", floorId: expo.food, nameEn: "Seeded", status: "submitted" },
    });
    const queued = (await organiser.api.moderation.queue()).find((item) => item.exhibitorId === exhibitorId);
    expect(queued).toMatchObject({ name: { en: "Seeded" }, firstVersion: true, submittedAt: T0 });
    expect((await organiser.api.moderation.review({ exhibitorId })).draft.status).toBe("submitted");
    await organiser.api.moderation.approve({ exhibitorId });
    expect((await t.browser().api.booth.page({ exhibitorId })).boothId).not.toBeNull();
  });
});
