import { TEST_ENGINES } from "@pavilion/db/testing";
import { MAX_MODELS_PER_EXHIBITOR, type ProductModel } from "@pavilion/schema";
import sharp from "sharp";
import { describe, expect } from "vitest";
import { buildDemoModelGlb } from "../demo/art/product-model.ts";
import { seedDemoModel } from "../demo/immersive-models.ts";
import { appError, approvedCompany, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { featuredModelsOf } from "../services/immersive/models.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";
import { putTestUpload } from "../testing/uploads.ts";
import {
  externalBufferGlb,
  externalImageGlb,
  gridGlb,
  noGeometryGlb,
  redCubeGlb,
  texturedCubeGlb,
} from "../uploads/models/test-models.ts";
import { quotaIn } from "../uploads/quota.ts";

const texts = (en: string) => ({
  title: { ru: `${en} (ru)`, en },
  description: { ru: "", en: `${en}, in words` },
});
const fileIdOf = (url: string | null) => (url ?? "").replace(/^\/files\//, "");

describe.each(TEST_ENGINES)("an exhibitor's 3D product models on %s", (engine) => {
  let t: TestApi;
  let owner: TestBrowser & { userId: string };
  let stranger: TestBrowser & { userId: string };
  let exhibitorId: string;
  let otherId: string;
  const run = useCabinetTestApi(engine, async (api) => {
    ({ t } = api);
    owner = await t.signedIn();
    stranger = await t.signedIn();
    exhibitorId = await approvedCompany(owner, api.organiser);
    otherId = await approvedCompany(stranger, api.organiser);
  });

  async function put(filename: string, bytes: Uint8Array, as = owner, company = exhibitorId) {
    return putTestUpload(t.services, {
      userId: as.userId,
      exhibitorId: company,
      purpose: "model",
      filename,
      bytes,
    });
  }
  async function add(
    filename: string,
    bytes: Uint8Array,
    options: { featured?: boolean; title?: string } = {},
  ) {
    const uploadId = await put(filename, bytes);
    return owner.api.immersive.addModel({
      exhibitorId,
      uploadId,
      featured: options.featured ?? false,
      ...texts(options.title ?? filename),
    });
  }
  /** What the exhibitor keeps: its model rows, file rows and used storage. */
  async function kept(company = exhibitorId) {
    const models = await t.db
      .selectFrom("product_models")
      .select("id")
      .where("exhibitor_id", "=", company)
      .execute();
    const files = await t.db
      .selectFrom("exhibitor_files")
      .select(["file_id", "purpose"])
      .where("exhibitor_id", "=", company)
      .orderBy("file_id")
      .execute();
    const quota = await quotaIn(t.db, company, t.services.config.uploads.defaultQuotaBytes);
    return { models: models.length, files, usedBytes: quota.usedBytes };
  }
  const featuredTitles = (list: ProductModel[]) => list.filter((m) => m.featured).map((m) => m.title.en);

  run(
    "optimises an uploaded .glb, keeps it with its preview and stands the first model on the booth",
    async () => {
      const before = await kept();
      const upload = await buildDemoModelGlb();
      const list = await add("separator.glb", upload);
      expect(list).toHaveLength(1);
      const [model] = list as [ProductModel];
      expect(model).toMatchObject({
        exhibitorId,
        title: { en: "separator.glb" },
        description: { en: "separator.glb, in words" },
        url: expect.stringMatching(/^\/files\/[0-9a-f]{64}$/),
        previewUrl: expect.stringMatching(/^\/files\/[0-9a-f]{64}$/),
        featured: true,
        originalName: "separator.glb",
      });
      expect(model.triangles).toBeGreaterThan(2000);
      expect(model.bounds.max[1]).toBeGreaterThan(model.bounds.min[1]);

      const glb = await t.services.storage.read(fileIdOf(model.url));
      if (!glb) throw new Error("the model file is not stored");
      expect(glb.byteLength).toBe(model.sizeBytes);
      expect(glb.byteLength).toBeLessThan(upload.byteLength);
      const json = new TextDecoder().decode(
        glb.subarray(20, 20 + new DataView(glb.buffer, glb.byteOffset).getUint32(12, true)),
      );
      expect(JSON.parse(json).extensionsRequired).toEqual(
        expect.arrayContaining(["EXT_meshopt_compression", "KHR_mesh_quantization"]),
      );
      const preview = await t.services.storage.read(fileIdOf(model.previewUrl));
      const picture = await sharp(preview ?? new Uint8Array()).metadata();
      expect([picture.format, picture.width, picture.height]).toEqual(["webp", 512, 512]);

      const after = await kept();
      expect(after.files.map((f) => f.purpose).sort()).toEqual(
        [...before.files.map((f) => f.purpose), "model", "preview"].sort(),
      );
      expect(after.usedBytes).toBe(before.usedBytes + glb.byteLength + (preview?.byteLength ?? 0));
      const floor = await featuredModelsOf(t.db, [exhibitorId, otherId]);
      expect([...floor.keys()]).toEqual([exhibitorId]);
      expect(floor.get(exhibitorId)).toEqual({ url: model.url, bounds: model.bounds, title: model.title });
    },
  );

  run.each([
    [
      "random bytes named .glb",
      "random.glb",
      async () => new Uint8Array(2048).map((_, i) => (i * 31 + 7) % 256),
      "model.notGltf",
    ],
    [
      "a JSON .gltf text",
      "scene.gltf",
      async () => new TextEncoder().encode('{"asset":{"version":"2.0"},"scenes":[]}'),
      "model.notGltf",
    ],
    [
      "a .glb with an external buffer",
      "linked.glb",
      async () => externalBufferGlb("mesh.bin"),
      "model.externalUri",
    ],
    [
      "a .glb with an image on the web",
      "web.glb",
      async () => externalImageGlb("https://cdn.example/wood.jpg"),
      "model.externalUri",
    ],
    ["a model over the triangle budget", "huge.glb", () => gridGlb(224, 5), "model.tooManyTriangles"],
    ["a model with only a camera and points", "empty.glb", () => noGeometryGlb(), "model.noGeometry"],
    ["a texture wider than 8192 px", "wide.glb", () => texturedCubeGlb(8193, 1), "model.textureTooLarge"],
  ] as const)("refuses %s and keeps nothing of it", async (_name, filename, bytes, code) => {
    const before = await kept();
    const uploadId = await put(filename, await bytes());
    const refused = await failure(
      owner.api.immersive.addModel({ exhibitorId, uploadId, featured: true, ...texts("Bad") }),
    );
    expect(appError(refused).code).toBe(code);
    expect(refused.message.length).toBeGreaterThan(10);
    expect(await kept()).toEqual(before);
    // The inbox entry is emptied too.
    expect(await t.services.uploads.get(uploadId)).toBeNull();
  });

  run("names the triangle count and the limit in the refusal", async () => {
    const uploadId = await put("huge.glb", await gridGlb(224, 5));
    const refused = await failure(
      owner.api.immersive.addModel({ exhibitorId, uploadId, featured: false, ...texts("Huge") }),
    );
    expect(refused.message).toMatch(/501\s760.*500\s000/);
  });

  run("refuses a model without a title in either language", async () => {
    const before = await kept();
    const uploadId = await put("cube.glb", await redCubeGlb());
    const blank = { title: { ru: " ", en: "" }, description: { ru: "", en: "" } };
    const refused = await failure(
      owner.api.immersive.addModel({ exhibitorId, uploadId, featured: false, ...blank }),
    );
    expect(appError(refused).code).toBe("immersive.titleRequired");
    expect(await kept()).toEqual(before);
  });

  run("keeps one model featured at a time", async () => {
    let list = await add("cube.glb", await redCubeGlb(), { title: "Cube" });
    expect(featuredTitles(list)).toEqual(["separator.glb"]);
    list = await add("cube-2.glb", await redCubeGlb(), { title: "Cube 2", featured: true });
    expect(featuredTitles(list)).toEqual(["Cube 2"]);
    const cube = list.find((m) => m.title.en === "Cube");
    list = await owner.api.immersive.featureModel({ exhibitorId, modelId: cube?.id ?? "" });
    expect(featuredTitles(list)).toEqual(["Cube"]);
    list = await owner.api.immersive.featureModel({ exhibitorId, modelId: null });
    expect(featuredTitles(list)).toEqual([]);
    expect((await featuredModelsOf(t.db, [exhibitorId])).size).toBe(0);
    list = await owner.api.immersive.featureModel({ exhibitorId, modelId: list[0]?.id ?? "" });
    expect(featuredTitles(list)).toEqual(["separator.glb"]);
  });

  run("renames and reorders models, the order given exactly", async () => {
    const [first, second, third] = await owner.api.immersive.models({ exhibitorId });
    if (!first || !second || !third) throw new Error("expected three models");
    const renamed = await owner.api.immersive.updateModel({
      exhibitorId,
      modelId: second.id,
      ...texts("Red cube"),
    });
    expect(renamed.map((m) => m.title.en)).toEqual(["separator.glb", "Red cube", "Cube 2"]);
    const list = await owner.api.immersive.reorderModels({
      exhibitorId,
      modelIds: [third.id, first.id, second.id],
    });
    expect(list.map((m) => m.title.en)).toEqual(["Cube 2", "separator.glb", "Red cube"]);
    for (const modelIds of [
      [third.id],
      [third.id, third.id, first.id],
      [third.id, first.id, second.id, crypto.randomUUID()],
    ]) {
      const refused = await failure(owner.api.immersive.reorderModels({ exhibitorId, modelIds }));
      expect(appError(refused).code).toBe("validation.invalid");
    }
  });

  run("does not let another company's member see or change the models", async () => {
    const models = await owner.api.immersive.models({ exhibitorId });
    const target = models[0];
    if (!target) throw new Error("expected a model");
    const uploadId = await put("theirs.glb", await redCubeGlb(), stranger, otherId);
    const asIfOwner = [
      () => stranger.api.immersive.models({ exhibitorId }),
      () => stranger.api.immersive.addModel({ exhibitorId, uploadId, featured: true, ...texts("Theirs") }),
      () => stranger.api.immersive.updateModel({ exhibitorId, modelId: target.id, ...texts("Hijacked") }),
      () => stranger.api.immersive.featureModel({ exhibitorId, modelId: null }),
      () => stranger.api.immersive.reorderModels({ exhibitorId, modelIds: models.map((m) => m.id) }),
      () => stranger.api.immersive.removeModel({ exhibitorId, modelId: target.id }),
    ];
    for (const call of asIfOwner) expect(appError(await failure(call())).code).toBe("auth.forbidden");
    // Through their own company, naming our model: not found.
    const throughOwn = [
      () =>
        stranger.api.immersive.updateModel({
          exhibitorId: otherId,
          modelId: target.id,
          ...texts("Hijacked"),
        }),
      () => stranger.api.immersive.featureModel({ exhibitorId: otherId, modelId: target.id }),
      () => stranger.api.immersive.removeModel({ exhibitorId: otherId, modelId: target.id }),
    ];
    for (const call of throughOwn) expect(appError(await failure(call())).code).toBe("notFound");
    expect(await owner.api.immersive.models({ exhibitorId })).toEqual(models);
    expect((await kept(otherId)).models).toBe(0);
  });

  run(
    "frees the storage of a removed model, and a removed featured model leaves the stand empty",
    async () => {
      const before = await kept();
      const list = await owner.api.immersive.models({ exhibitorId });
      const featured = list.find((m) => m.featured);
      const cubes = list.filter((m) => m.title.en !== "separator.glb");
      if (!featured || cubes.length !== 2) throw new Error("expected the separator featured and two cubes");
      // Both cubes are the same file: removing one keeps it for the other.
      await owner.api.immersive.removeModel({ exhibitorId, modelId: cubes[0]?.id ?? "" });
      expect(await kept()).toMatchObject({ files: before.files, usedBytes: before.usedBytes });
      const left = await owner.api.immersive.removeModel({ exhibitorId, modelId: featured.id });
      expect(featuredTitles(left)).toEqual([]);
      expect(left.map((m) => m.id)).toEqual([cubes[1]?.id]);
      const after = await kept();
      const separatorFiles = [fileIdOf(featured.url), fileIdOf(featured.previewUrl)];
      expect(after.files.map((f) => f.file_id)).not.toEqual(expect.arrayContaining(separatorFiles));
      expect(after.usedBytes).toBeLessThan(before.usedBytes - featured.sizeBytes + 1);
      await owner.api.immersive.removeModel({ exhibitorId, modelId: cubes[1]?.id ?? "" });
      expect((await kept()).files.filter((f) => f.purpose === "model" || f.purpose === "preview")).toEqual(
        [],
      );
    },
  );

  run(`keeps at most ${MAX_MODELS_PER_EXHIBITOR} models`, async () => {
    const cube = await redCubeGlb();
    for (let i = 0; i < MAX_MODELS_PER_EXHIBITOR; i++) await add(`cube-${i}.glb`, cube);
    const before = await kept();
    const uploadId = await put("one-more.glb", cube);
    const refused = await failure(
      owner.api.immersive.addModel({ exhibitorId, uploadId, featured: false, ...texts("More") }),
    );
    expect([appError(refused).code, appError(refused).params]).toEqual([
      "model.tooMany",
      { limit: MAX_MODELS_PER_EXHIBITOR },
    ]);
    expect(await kept()).toEqual(before);
  });

  run("seeds the demo model once, featured, with texts in both languages", async () => {
    const now = new Date("2026-05-01T09:00:00Z");
    const id = await seedDemoModel(t.db, t.services.storage, { exhibitorId: otherId, now });
    expect(id).not.toBeNull();
    expect(await seedDemoModel(t.db, t.services.storage, { exhibitorId: otherId, now })).toBeNull();
    const [model, ...rest] = await stranger.api.immersive.models({ exhibitorId: otherId });
    expect(rest).toEqual([]);
    expect(model).toMatchObject({ id, featured: true, previewUrl: expect.stringMatching(/^\/files\//) });
    expect(model?.title.ru).toMatch(/Сепаратор/);
    expect(model?.description.en.length).toBeGreaterThan(40);
  });
});
