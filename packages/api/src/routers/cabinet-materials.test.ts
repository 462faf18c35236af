import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import { appError, approvedCompany, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";
import { putTestUpload, sampleFiles } from "../testing/uploads.ts";

const texts = (en: string) => ({ title: { ru: `${en} (ru)`, en }, description: { ru: "", en: "" } });

describe.each(TEST_ENGINES)("an exhibitor's materials on %s", (engine) => {
  let t: TestApi;
  let organiser: TestBrowser;
  let owner: TestBrowser & { userId: string };
  let exhibitorId: string;
  const run = useCabinetTestApi(engine, async (api) => {
    ({ t, organiser } = api);
    owner = await t.signedIn();
    exhibitorId = await approvedCompany(owner, organiser);
  });

  async function upload(filename: string, bytes: Uint8Array) {
    const uploadId = await putTestUpload(t.services, {
      ...{ userId: owner.userId, exhibitorId, purpose: "material", filename, bytes },
    });
    return owner.api.cabinet.addMaterial({ exhibitorId, uploadId, ...texts(filename) });
  }
  const shownTitles = async () =>
    (await t.browser().api.booth.page({ exhibitorId })).materials.map((m) => m.title.en);

  run("shows new materials to visitors only once an organiser approves them", async () => {
    await upload("prices.pdf", sampleFiles.pdf());
    const list = await owner.api.cabinet.addLink({
      exhibitorId,
      url: "https://dairy.example/tour",
      ...texts("Tour"),
    });
    expect(list.map((m) => [m.title.en, m.kind, m.published, m.approved, m.position])).toEqual([
      ["prices.pdf", "pdf", true, false, 0],
      ["Tour", "link", true, false, 1],
    ]);
    expect(list[0]).toMatchObject({
      fileName: "prices.pdf",
      url: expect.stringMatching(/^\/files\/[0-9a-f]{64}$/),
    });
    expect(list[1]?.url).toBe("https://dairy.example/tour");
    expect(await shownTitles()).toEqual([]);
    expect((await owner.api.cabinet.preview({ exhibitorId })).materials.map((m) => m.title.en)).toEqual([
      "prices.pdf",
      "Tour",
    ]);
    expect((await owner.api.cabinet.overview({ exhibitorId })).pendingMaterials).toBe(2);

    // Only new materials: the profile is unchanged, and still the booth may be submitted.
    await owner.api.cabinet.submit({ exhibitorId });
    const review = await organiser.api.moderation.review({ exhibitorId });
    expect(review.pendingMaterials.map((m) => m.title.en)).toEqual(["prices.pdf", "Tour"]);
    await organiser.api.moderation.approve({ exhibitorId });
    expect(await shownTitles()).toEqual(["prices.pdf", "Tour"]);
  });

  run(
    "hides a material whose texts changed until they are approved, and not when nothing changed",
    async () => {
      const [pdf] = await owner.api.cabinet.materials({ exhibitorId });
      if (!pdf) throw new Error("expected the PDF");
      const same = await owner.api.cabinet.updateMaterial({
        exhibitorId,
        materialId: pdf.id,
        ...texts("prices.pdf"),
      });
      expect(same.find((m) => m.id === pdf.id)?.approved).toBe(true);
      const changed = await owner.api.cabinet.updateMaterial({
        exhibitorId,
        materialId: pdf.id,
        ...texts("Prices 2027"),
      });
      expect(changed.find((m) => m.id === pdf.id)).toMatchObject({
        approved: false,
        title: { en: "Prices 2027" },
      });
      expect(await shownTitles()).toEqual(["Tour"]);
      await owner.api.cabinet.submit({ exhibitorId });
      await organiser.api.moderation.approve({ exhibitorId });
      expect(await shownTitles()).toEqual(["Prices 2027", "Tour"]);
    },
  );

  run("hides, shows and reorders materials at once, without approval", async () => {
    const [pdf, tour] = await owner.api.cabinet.materials({ exhibitorId });
    if (!pdf || !tour) throw new Error("expected two materials");
    await owner.api.cabinet.publishMaterial({ exhibitorId, materialId: pdf.id, published: false });
    expect(await shownTitles()).toEqual(["Tour"]);
    const list = await owner.api.cabinet.publishMaterial({
      exhibitorId,
      materialId: pdf.id,
      published: true,
    });
    expect(list.every((m) => m.approved)).toBe(true);
    await owner.api.cabinet.reorderMaterials({ exhibitorId, materialIds: [tour.id, pdf.id] });
    expect(await shownTitles()).toEqual(["Tour", "Prices 2027"]);
    for (const materialIds of [[tour.id], [tour.id, tour.id], [tour.id, pdf.id, crypto.randomUUID()]]) {
      const refused = await failure(owner.api.cabinet.reorderMaterials({ exhibitorId, materialIds }));
      expect([refused.code, appError(refused).code]).toEqual(["BAD_REQUEST", "validation.invalid"]);
    }
    expect(await shownTitles()).toEqual(["Tour", "Prices 2027"]);
  });

  run("keeps a video material with its poster, and frees the storage of a removed file", async () => {
    const before = (await owner.api.cabinet.overview({ exhibitorId })).quota.usedBytes;
    const list = await upload("demo.mp4", await sampleFiles.mp4());
    const video = list.find((m) => m.title.en === "demo.mp4");
    expect(video).toMatchObject({
      kind: "video",
      previewUrl: expect.stringMatching(/^\/files\//),
      position: 2,
    });
    const during = (await owner.api.cabinet.overview({ exhibitorId })).quota.usedBytes;
    expect(during).toBeGreaterThan(before);
    expect(await owner.api.cabinet.removeMaterial({ exhibitorId, materialId: video?.id ?? "" })).toEqual({
      ok: true,
    });
    expect((await owner.api.cabinet.materials({ exhibitorId })).map((m) => m.title.en)).not.toContain(
      "demo.mp4",
    );
    expect((await owner.api.cabinet.overview({ exhibitorId })).quota.usedBytes).toBe(before);
  });

  run("refuses a link that is not a web address", async () => {
    const refused = await failure(
      owner.api.cabinet.addLink({ exhibitorId, url: "javascript:alert(1)", ...texts("Bad") }),
    );
    expect(Object.keys(appError(refused).fields ?? {})).toEqual(["url"]);
  });
});
