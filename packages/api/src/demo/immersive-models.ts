/**
 * The demo's 3D models, optimised like any upload and standing on their booths: the
 * agricultural university's training milk separator and the architecture institute's maquette.
 */
import type { Database } from "@pavilion/db";
import type { BilingualText } from "@pavilion/schema";
import { insertModel } from "../services/immersive/model-add.ts";
import { modelCount } from "../services/immersive/model-rows.ts";
import type { FileStorage } from "../storage/file-storage.ts";
import { DEFAULT_QUOTA_BYTES } from "../uploads/limits.ts";
import { keepPreparedModel, optimiseGlb } from "../uploads/models/index.ts";
import { buildDemoBuildingGlb } from "./art/building-model.ts";
import { buildDemoModelGlb } from "./art/product-model.ts";
import { pair } from "./bilingual.ts";
import { demoId } from "./ids.ts";

/** Which demo content: the dairy set (separator, plant tour) or the architecture set (maquette, institute tour). */
export type DemoImmersiveSet = "dairy" | "architecture";

interface DemoModel {
  key: string;
  fileName: string;
  title: BilingualText;
  description: BilingualText;
  build: () => Promise<Uint8Array>;
}

const MODELS: Record<DemoImmersiveSet, DemoModel> = {
  dairy: {
    key: "ms-500",
    fileName: "ms-500-separator.glb",
    title: pair("Сепаратор МС-500 учебного молочного завода", "MS-500 separator of the training dairy plant"),
    description: pair(
      "Сепаратор из учебного молочного завода университета, на котором студенты учатся разделять молоко на сливки и обезжиренное молоко: сверху барабан с воронкой, по бокам два носика — для сливок и обезжиренного молока, спереди синего корпуса пульт с экраном и кнопками пуска и остановки.",
      "The separator from the university's training dairy plant, on which students learn to split milk into cream and skimmed milk: a drum with a funnel on top, two spouts at the sides for cream and skimmed milk, and a control panel with a screen and start and stop buttons on the front of its blue body.",
    ),
    build: buildDemoModelGlb,
  },
  architecture: {
    key: "teaching-building",
    fileName: "teaching-building-maquette.glb",
    title: pair("Макет нового учебного корпуса, М 1:100", "New teaching building, 1:100 model"),
    description: pair(
      "Макет нового учебного корпуса института из белого картона на фанерной подоснове: Г-образное здание в шесть и четыре этажа с ленточным остеклением, стеклянный атриум в углу, терраса с перголой на крыше, газоны, дорожки и деревья вокруг. Сделан студентами в макетной мастерской.",
      "The institute's new teaching building in white card on a plywood base: an L of six and four storeys with ribbon windows, a glass atrium in the corner, a roof terrace with a pergola, and lawns, paths and trees around it. Made by students in the model workshop.",
    ),
    build: buildDemoBuildingGlb,
  },
};

/**
 * Keeps the set's demo model as the exhibitor's featured model (its files count in its storage);
 * does nothing when the exhibitor already has a model. Returns the model's id, or null.
 */
export async function seedDemoModel(
  db: Database,
  storage: FileStorage,
  options: { exhibitorId: string; now: Date; set?: DemoImmersiveSet },
): Promise<string | null> {
  const { exhibitorId, now } = options;
  if ((await modelCount(db, exhibitorId)) > 0) return null;
  const demo = MODELS[options.set ?? "dairy"];
  const optimised = await optimiseGlb(await demo.build());
  const prepared = { ...optimised, originalName: demo.fileName };
  const id = demoId(`model:${exhibitorId}:${demo.key}`);
  const model = { title: demo.title, description: demo.description, featured: true };
  await keepPreparedModel(
    db,
    storage,
    prepared,
    { exhibitorId, defaultQuotaBytes: DEFAULT_QUOTA_BYTES, now },
    (tx, kept) => insertModel(tx, { id, exhibitorId, kept, model, now }),
  );
  return id;
}
