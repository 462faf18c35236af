import { TEST_ENGINES } from "@pavilion/db/testing";
import { MAX_HOTSPOTS_PER_PANORAMA, MAX_PANORAMAS_PER_EXHIBITOR } from "@pavilion/schema";
import sharp from "sharp";
import { describe, expect } from "vitest";
import { seedDemoTour } from "../demo/immersive-tour.ts";
import { appError, approvedCompany, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { publicTourOf } from "../services/immersive/tours.ts";
import { failure, putTestUpload, SAMPLE_SCRIPT, type TestApi, type TestBrowser } from "../testing/index.ts";

type Owner = TestBrowser & { userId: string };
const title = (en: string) => ({ ru: `${en} (ru)`, en });

let shade = 0;
/** A photo of the size (each in a colour of its own) whose EXIF carries SAMPLE_SCRIPT. */
async function photo(width: number, height: number, format: "jpeg" | "png" | "gif" = "jpeg") {
  shade += 1;
  const background = { r: 40 + shade * 9, g: 120, b: 200 - shade * 7 };
  const image = sharp({ create: { width, height, channels: 3, background } }).withExif({
    IFD0: { ImageDescription: SAMPLE_SCRIPT },
  });
  return new Uint8Array(await image[format]().toBuffer());
}

describe.each(TEST_ENGINES)("a company's 360° tour on %s", (engine) => {
  let t: TestApi;
  let organiser: TestBrowser;
  let owner: Owner;
  let stranger: Owner;
  let exhibitorId: string;
  let otherId: string;
  const run = useCabinetTestApi(engine, async (api) => {
    ({ t, organiser } = api);
    owner = await t.signedIn();
    stranger = await t.signedIn();
    exhibitorId = await approvedCompany(owner, organiser);
    otherId = await approvedCompany(stranger, organiser);
  });

  async function addPanorama(
    who: Owner,
    company: string,
    filename: string,
    bytes: Uint8Array,
    en = filename,
  ) {
    const uploadId = await putTestUpload(t.services, {
      ...{ userId: who.userId, exhibitorId: company, purpose: "panorama", filename, bytes },
    });
    return {
      uploadId,
      tour: await who.api.immersive.addPanorama({ exhibitorId: company, uploadId, title: title(en) }),
    };
  }
  const quota = async () => (await owner.api.cabinet.overview({ exhibitorId })).quota.usedBytes;
  const keptFiles = async (company: string) =>
    (await t.db.selectFrom("exhibitor_files").select("file_id").where("exhibitor_id", "=", company).execute())
      .length;
  const hotspotRows = async () =>
    (await t.db.selectFrom("tour_hotspots").select("id").execute()).map((row) => row.id).sort();
  const tour = () => owner.api.immersive.tour({ exhibitorId });

  run("keeps a 4096×2048 JPEG at 1024, 2048 and 4096 px, smallest first, without its metadata", async () => {
    const before = await quota();
    const { tour: answer } = await addPanorama(
      owner,
      exhibitorId,
      "hall.jpg",
      await photo(4096, 2048),
      "Hall",
    );
    expect(answer.panoramas).toHaveLength(1);
    const [hall] = answer.panoramas;
    expect(hall).toMatchObject({
      title: title("Hall"),
      initialYaw: 0,
      hotspots: [],
      originalName: "hall.jpg",
    });
    expect(hall?.levels.map((level) => [level.width, level.height])).toEqual([
      [1024, 512],
      [2048, 1024],
      [4096, 2048],
    ]);
    let added = 0;
    for (const level of hall?.levels ?? []) {
      expect(level.url).toMatch(/^\/files\/[0-9a-f]{64}$/);
      const bytes = await t.services.storage.read(level.url.slice("/files/".length));
      if (!bytes) throw new Error(`level ${level.url} was not stored`);
      added += bytes.byteLength;
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.exif, meta.isProgressive]).toEqual([
        "jpeg",
        level.width,
        level.height,
        undefined,
        true,
      ]);
      expect(Buffer.from(bytes).includes(SAMPLE_SCRIPT)).toBe(false);
    }
    expect(await quota()).toBe(before + added);
    const files = await t.db
      .selectFrom("exhibitor_files")
      .select(["purpose", "original_name"])
      .where("exhibitor_id", "=", exhibitorId)
      .where("purpose", "=", "panorama")
      .orderBy("size")
      .execute();
    expect(files.map((file) => file.original_name)).toEqual([
      "hall-1024.jpg",
      "hall-2048.jpg",
      "hall-4096.jpg",
    ]);
  });

  run("refuses photos that are not 2:1, too narrow, untitled or not JPEG/WebP, keeping nothing", async () => {
    const before = { quota: await quota(), files: await keptFiles(exhibitorId), tour: await tour() };
    const notPanorama = await failure(addPanorama(owner, exhibitorId, "office.jpg", await photo(3000, 2000)));
    expect(appError(notPanorama)).toEqual({
      code: "panorama.notEquirectangular",
      params: { width: 3000, height: 2000 },
    });
    expect(notPanorama.message).toContain("3000×2000");
    const narrow = await failure(addPanorama(owner, exhibitorId, "small.jpg", await photo(1024, 512)));
    expect(appError(narrow)).toEqual({ code: "panorama.tooSmall", params: { width: 1024, min: 2048 } });
    for (const [name, bytes] of [
      ["pano.png", await photo(2048, 1024, "png")],
      ["pano.gif", await photo(2048, 1024, "gif")],
    ] as const) {
      const refused = await failure(addPanorama(owner, exhibitorId, name, bytes));
      expect(appError(refused).code).toBe("upload.typeNotAllowed");
      expect(appError(refused).params?.allowed).toBe("JPEG, WebP");
    }
    const uploadId = await putTestUpload(t.services, {
      ...{ userId: owner.userId, exhibitorId, purpose: "panorama", filename: "x.jpg" },
      bytes: await photo(2048, 1024),
    });
    const untitled = await failure(
      owner.api.immersive.addPanorama({ exhibitorId, uploadId, title: { ru: " ", en: "" } }),
    );
    expect(appError(untitled).code).toBe("immersive.titleRequired");
    const after = { quota: await quota(), files: await keptFiles(exhibitorId), tour: await tour() };
    expect(after).toEqual(before);
  });

  run("links panoramas with hotspots both ways, opens approved materials and shows captions", async () => {
    await addPanorama(
      owner,
      exhibitorId,
      "line.webp",
      await sharp(await photo(2048, 1024))
        .webp()
        .toBuffer(),
      "Line",
    );
    await owner.api.cabinet.addLink({
      ...{ exhibitorId, url: "https://dairy.example/spec" },
      ...{ title: title("Spec"), description: title("") },
    });
    await owner.api.cabinet.submit({ exhibitorId });
    await organiser.api.moderation.approve({ exhibitorId });
    const [spec] = await owner.api.cabinet.materials({ exhibitorId });
    const [hall, line] = (await tour()).panoramas;
    if (!hall || !line || !spec) throw new Error("expected two panoramas and a material");
    expect(line.levels.map((level) => level.width)).toEqual([1024, 2048]);

    const place = { yaw: 45, pitch: -5, text: { ru: "", en: "" } };
    await owner.api.immersive.addHotspot({
      ...{ exhibitorId, panoramaId: hall.id },
      hotspot: { kind: "panorama", targetPanoramaId: line.id, ...place },
    });
    await owner.api.immersive.addHotspot({
      ...{ exhibitorId, panoramaId: line.id },
      hotspot: { kind: "panorama", targetPanoramaId: hall.id, ...place, yaw: -135 },
    });
    await owner.api.immersive.addHotspot({
      ...{ exhibitorId, panoramaId: hall.id },
      hotspot: { kind: "material", materialId: spec.id, ...place, yaw: 90 },
    });
    const answer = await owner.api.immersive.addHotspot({
      ...{ exhibitorId, panoramaId: hall.id },
      hotspot: { kind: "caption", yaw: 0, pitch: 10, text: { ru: "Танки", en: "" } },
    });
    expect(answer.panoramas.map((p) => p.title.en)).toEqual(["Hall", "Line"]);
    // Left to right round the view.
    expect(answer.panoramas[0]?.hotspots).toEqual([
      {
        id: expect.any(String),
        kind: "caption",
        yaw: 0,
        pitch: 10,
        targetPanoramaId: null,
        material: null,
        text: { ru: "Танки", en: "" },
      },
      {
        id: expect.any(String),
        kind: "panorama",
        yaw: 45,
        pitch: -5,
        targetPanoramaId: line.id,
        material: null,
        text: place.text,
      },
      {
        ...{ id: expect.any(String), kind: "material", yaw: 90, pitch: -5, targetPanoramaId: null },
        material: { id: spec.id, title: title("Spec"), url: "https://dairy.example/spec", kind: "link" },
        text: place.text,
      },
    ]);
    expect(answer.panoramas[1]?.hotspots.map((h) => [h.kind, h.targetPanoramaId])).toEqual([
      ["panorama", hall.id],
    ]);

    // Visitors see a material hotspot only while the material is shown on the booth.
    await owner.api.cabinet.publishMaterial({ exhibitorId, materialId: spec.id, published: false });
    expect((await publicTourOf(t.db, exhibitorId)).panoramas[0]?.hotspots.map((h) => h.kind)).toEqual([
      "caption",
      "panorama",
    ]);
    expect((await tour()).panoramas[0]?.hotspots).toHaveLength(3);
    await owner.api.cabinet.publishMaterial({ exhibitorId, materialId: spec.id, published: true });
  });

  run(
    "refuses hotspots to itself, to another company's panorama or material, or to a hidden material",
    async () => {
      const { tour: theirs } = await addPanorama(stranger, otherId, "their.jpg", await photo(2048, 1024));
      await stranger.api.cabinet.addLink({
        ...{ exhibitorId: otherId, url: "https://other.example/" },
        ...{ title: title("Theirs"), description: title("") },
      });
      await stranger.api.cabinet.submit({ exhibitorId: otherId });
      await organiser.api.moderation.approve({ exhibitorId: otherId });
      const [theirMaterial] = await stranger.api.cabinet.materials({ exhibitorId: otherId });
      const hidden = await owner.api.cabinet.addLink({
        ...{ exhibitorId, url: "https://dairy.example/draft" },
        ...{ title: title("Draft"), description: title("") },
      });
      const draft = hidden.find((m) => m.title.en === "Draft");
      const [hall] = (await tour()).panoramas;
      const theirPanorama = theirs.panoramas[0];
      if (!hall || !theirPanorama || !theirMaterial || !draft) throw new Error("expected the setup");
      const before = await hotspotRows();
      const place = { yaw: 0, pitch: 0, text: { ru: "", en: "" } };
      for (const hotspot of [
        { kind: "panorama" as const, targetPanoramaId: hall.id, ...place },
        { kind: "panorama" as const, targetPanoramaId: theirPanorama.id, ...place },
        { kind: "material" as const, materialId: theirMaterial.id, ...place },
        { kind: "material" as const, materialId: draft.id, ...place },
      ]) {
        const refused = await failure(
          owner.api.immersive.addHotspot({ exhibitorId, panoramaId: hall.id, hotspot }),
        );
        expect([refused.code, appError(refused).code]).toEqual(["BAD_REQUEST", "tour.hotspotTarget"]);
      }
      const [existing] = hall.hotspots;
      if (!existing) throw new Error("expected a hotspot");
      const moved = await failure(
        owner.api.immersive.updateHotspot({
          ...{ exhibitorId, hotspotId: existing.id },
          hotspot: { kind: "panorama", targetPanoramaId: theirPanorama.id, ...place },
        }),
      );
      expect(appError(moved).code).toBe("tour.hotspotTarget");
      const silent = await failure(
        owner.api.immersive.addHotspot({
          exhibitorId,
          panoramaId: hall.id,
          hotspot: { kind: "caption", ...place },
        }),
      );
      expect(appError(silent).code).toBe("immersive.titleRequired");
      expect(await hotspotRows()).toEqual(before);
      expect((await tour()).panoramas[0]?.hotspots).toEqual(hall.hotspots);
    },
  );

  run("lets no member of another company change the tour", async () => {
    const before = await tour();
    const [hall, line] = before.panoramas;
    const hotspot = hall?.hotspots[0];
    if (!hall || !line || !hotspot) throw new Error("expected the tour");
    const asOwner = await failure(
      stranger.api.immersive.updatePanorama({
        exhibitorId,
        panoramaId: hall.id,
        title: title("Mine"),
        initialYaw: 0,
      }),
    );
    expect(asOwner.code).toBe("FORBIDDEN");
    expect((await failure(stranger.api.immersive.tour({ exhibitorId }))).code).toBe("FORBIDDEN");
    // Naming their own company with our ids finds nothing.
    const scope = { exhibitorId: otherId };
    const calls = [
      () =>
        stranger.api.immersive.updatePanorama({
          ...scope,
          panoramaId: hall.id,
          title: title("Mine"),
          initialYaw: 0,
        }),
      () => stranger.api.immersive.removePanorama({ ...scope, panoramaId: hall.id }),
      () =>
        stranger.api.immersive.addHotspot({
          ...{ ...scope, panoramaId: hall.id },
          hotspot: { kind: "caption", yaw: 0, pitch: 0, text: title("Mine") },
        }),
      () =>
        stranger.api.immersive.updateHotspot({
          ...{ ...scope, hotspotId: hotspot.id },
          hotspot: { kind: "caption", yaw: 0, pitch: 0, text: title("Mine") },
        }),
      () => stranger.api.immersive.removeHotspot({ ...scope, hotspotId: hotspot.id }),
    ];
    for (const call of calls) expect((await failure(call())).code).toBe("NOT_FOUND");
    const reorder = await failure(
      stranger.api.immersive.reorderPanoramas({ ...scope, panoramaIds: [hall.id] }),
    );
    expect(reorder.code).toBe("BAD_REQUEST");
    expect(await tour()).toEqual(before);
  });

  run("reorders and retitles panoramas, and removing one removes the hotspots leading to it", async () => {
    const [hall, line] = (await tour()).panoramas;
    if (!hall || !line) throw new Error("expected two panoramas");
    const reordered = await owner.api.immersive.reorderPanoramas({
      exhibitorId,
      panoramaIds: [line.id, hall.id],
    });
    expect(reordered.panoramas.map((p) => p.id)).toEqual([line.id, hall.id]);
    const refused = await failure(
      owner.api.immersive.reorderPanoramas({ exhibitorId, panoramaIds: [line.id] }),
    );
    expect(appError(refused).code).toBe("validation.invalid");
    const retitled = await owner.api.immersive.updatePanorama({
      ...{ exhibitorId, panoramaId: line.id },
      ...{ title: { ru: "", en: "Bottling line" }, initialYaw: -90 },
    });
    expect(retitled.panoramas[0]).toMatchObject({ title: { ru: "", en: "Bottling line" }, initialYaw: -90 });

    const removedFiles = line.levels.map((level) => level.url.slice("/files/".length));
    const sizes = await t.db
      .selectFrom("exhibitor_files")
      .select("size")
      .where("exhibitor_id", "=", exhibitorId)
      .where("file_id", "in", removedFiles)
      .execute();
    const lineBytes = sizes.reduce((sum, row) => sum + Number(row.size), 0);
    expect(sizes).toHaveLength(2);
    const before = await quota();
    const after = await owner.api.immersive.removePanorama({ exhibitorId, panoramaId: line.id });
    expect(after.panoramas.map((p) => p.id)).toEqual([hall.id]);
    expect(after.panoramas[0]?.hotspots.map((h) => h.kind)).toEqual(["caption", "material"]);
    expect(
      await t.db.selectFrom("tour_hotspots").select("id").where("panorama_id", "=", line.id).execute(),
    ).toEqual([]);
    expect(await quota()).toBe(before - lineBytes);
    const stillKept = await t.db
      .selectFrom("exhibitor_files")
      .select("file_id")
      .where("exhibitor_id", "=", exhibitorId)
      .where("file_id", "in", removedFiles)
      .execute();
    expect(stillKept).toEqual([]);
  });
  run(
    "caps hotspots per panorama and panoramas per company, keeping the upload for another try",
    async () => {
      const [their] = (await stranger.api.immersive.tour({ exhibitorId: otherId })).panoramas;
      if (!their) throw new Error("expected their panorama");
      const caption = (n: number) => ({
        kind: "caption" as const,
        yaw: n,
        pitch: 0,
        text: title(`Note ${n}`),
      });
      for (let n = their.hotspots.length; n < MAX_HOTSPOTS_PER_PANORAMA; n += 1) {
        await stranger.api.immersive.addHotspot({
          exhibitorId: otherId,
          panoramaId: their.id,
          hotspot: caption(n),
        });
      }
      const crowded = await failure(
        stranger.api.immersive.addHotspot({
          exhibitorId: otherId,
          panoramaId: their.id,
          hotspot: caption(99),
        }),
      );
      expect(appError(crowded)).toEqual({
        code: "tour.tooManyHotspots",
        params: { limit: MAX_HOTSPOTS_PER_PANORAMA },
      });

      const at = new Date().toISOString();
      for (let n = 1; n < MAX_PANORAMAS_PER_EXHIBITOR; n += 1) {
        await t.db
          .insertInto("panoramas")
          .values({
            ...{ id: crypto.randomUUID(), exhibitor_id: otherId, title_ru: "", title_en: `Filler ${n}` },
            ...{ levels: "[]", original_name: "filler.jpg", position: n, created_at: at, updated_at: at },
          })
          .execute();
      }
      const uploadId = await putTestUpload(t.services, {
        ...{ userId: stranger.userId, exhibitorId: otherId, purpose: "panorama", filename: "one-more.jpg" },
        bytes: await photo(2048, 1024),
      });
      const full = await failure(
        stranger.api.immersive.addPanorama({ exhibitorId: otherId, uploadId, title: title("One more") }),
      );
      expect(appError(full)).toEqual({
        code: "panorama.tooMany",
        params: { limit: MAX_PANORAMAS_PER_EXHIBITOR },
      });
      expect(await t.services.uploads.get(uploadId)).not.toBeNull();
    },
  );

  run("seeds the demo tour once: three rooms linked both ways, a caption and a material", async () => {
    const seeder = await t.signedIn();
    const company = await approvedCompany(seeder, organiser);
    await seeder.api.cabinet.addLink({
      ...{ exhibitorId: company, url: "https://dairy.example/report" },
      ...{ title: title("Report"), description: title("") },
    });
    await seeder.api.cabinet.submit({ exhibitorId: company });
    await organiser.api.moderation.approve({ exhibitorId: company });
    const [report] = await seeder.api.cabinet.materials({ exhibitorId: company });
    const request = { exhibitorId: company, now: new Date(), materialId: report?.id, width: 2048 };
    const ids = await seedDemoTour(t.db, t.services.storage, request);
    expect(ids).toHaveLength(3);
    expect(await seedDemoTour(t.db, t.services.storage, request)).toEqual([]);
    const demo = await publicTourOf(t.db, company);
    expect(demo.panoramas.map((p) => p.title.en)).toEqual([
      "Training dairy: milk storage hall",
      "Training dairy: bottling line",
      "Training dairy: quality lab",
    ]);
    const links = demo.panoramas.flatMap((p) =>
      p.hotspots.filter((h) => h.kind === "panorama").map((h) => `${p.id}>${h.targetPanoramaId}`),
    );
    const [hall, line, lab] = ids;
    expect(links.sort()).toEqual(
      [`${hall}>${line}`, `${line}>${hall}`, `${line}>${lab}`, `${lab}>${line}`].sort(),
    );
    expect(demo.panoramas.flatMap((p) => p.hotspots.map((h) => h.kind)).sort()).toEqual([
      "caption",
      "material",
      "panorama",
      "panorama",
      "panorama",
      "panorama",
    ]);
    for (const panorama of demo.panoramas) {
      expect(panorama.levels.map((level) => [level.width, level.height])).toEqual([
        [1024, 512],
        [2048, 1024],
      ]);
    }
  });
});
