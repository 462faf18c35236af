/** The demo company's 3D product: the milk separator, optimised like any upload and standing on its booth. */
import type { Database } from "@pavilion/db";
import { insertModel } from "../services/immersive/model-add.ts";
import { modelCount } from "../services/immersive/model-rows.ts";
import type { FileStorage } from "../storage/file-storage.ts";
import { DEFAULT_QUOTA_BYTES } from "../uploads/limits.ts";
import { keepPreparedModel, optimiseGlb } from "../uploads/models/index.ts";
import { buildDemoModelGlb } from "./art/product-model.ts";
import { pair } from "./bilingual.ts";
import { demoId } from "./ids.ts";

const TITLE = pair("Сепаратор-сливкоотделитель МС-500", "MS-500 cream separator");
const DESCRIPTION = pair(
  "Компактный сепаратор из нержавеющей стали на четырёх опорах: сверху барабан с воронкой для молока, по бокам два носика — для сливок и обезжиренного молока, спереди синего корпуса пульт с экраном и кнопками пуска и остановки.",
  "A compact stainless-steel separator on four legs: a drum with a milk funnel on top, two spouts at the sides for cream and skimmed milk, and a control panel with a screen and start and stop buttons on the front of its blue body.",
);

/**
 * Keeps the demo model as the exhibitor's featured model (its files count in its storage);
 * does nothing when the exhibitor already has a model. Returns the model's id, or null.
 */
export async function seedDemoModel(
  db: Database,
  storage: FileStorage,
  options: { exhibitorId: string; now: Date },
): Promise<string | null> {
  const { exhibitorId, now } = options;
  if ((await modelCount(db, exhibitorId)) > 0) return null;
  const optimised = await optimiseGlb(await buildDemoModelGlb());
  const prepared = { ...optimised, originalName: "ms-500-separator.glb" };
  const id = demoId(`model:${exhibitorId}:ms-500`);
  const model = { title: TITLE, description: DESCRIPTION, featured: true };
  await keepPreparedModel(
    db,
    storage,
    prepared,
    { exhibitorId, defaultQuotaBytes: DEFAULT_QUOTA_BYTES, now },
    (tx, kept) => insertModel(tx, { id, exhibitorId, kept, model, now }),
  );
  return id;
}
